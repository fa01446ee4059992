import type { ImportWarning } from '../../import/contract';
import { useT } from '../../i18n/useT';

interface Props {
  readonly warnings: readonly ImportWarning[];
}

/** Import warnings (`no-alert`, `duplicate`), translated by code. */
export function ImportWarningList({ warnings }: Props) {
  const t = useT();
  if (warnings.length === 0) return null;
  return (
    <div className="import-warnings">
      <h4>{t('preview.warnings')}</h4>
      <ul>
        {warnings.map((w, i) => (
          <li key={`${w.code}-${i}`}>
            {w.code === 'duplicate'
              ? t('preview.warning.duplicate', { count: w.lines.length, lines: w.lines.join(', ') })
              : t('preview.warning.no-alert')}
          </li>
        ))}
      </ul>
    </div>
  );
}
