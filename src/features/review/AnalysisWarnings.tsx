import type { AnalysisWarning } from '../../domain/gaps/types';
import { useT } from '../../i18n/useT';

interface Props {
  readonly warnings: readonly AnalysisWarning[];
}

/** The analysis warnings of `gaps.md`, translated by code. */
export function AnalysisWarnings({ warnings }: Props) {
  const t = useT();
  if (warnings.length === 0) return null;
  return (
    <ul className="notice-list">
      {warnings.map((w) => (
        <li key={w.code} className="notice notice-warning">
          {w.code === 'update-before-alert'
            ? t('gaps.warning.update-before-alert', { count: w.communicationIds.length })
            : t(`gaps.warning.${w.code}`)}
        </li>
      ))}
    </ul>
  );
}
