import type { SaveStatus as SaveStatusValue } from '../../store/AppState';
import { useT } from '../../i18n/useT';

interface Props {
  readonly save: SaveStatusValue;
}

/** "Saving…", "Saved" (only after the write completed) or "Not saved", announced politely. */
export function SaveStatus({ save }: Props) {
  const t = useT();
  return (
    <p className={`save-status save-${save.state}`} role="status">
      {t(`save.${save.state}`)}
    </p>
  );
}
