import type { SaveStatus as SaveStatusValue } from '../../store/AppState';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/useAppStore';

interface Props {
  readonly save: SaveStatusValue;
}

/**
 * "Saving…", "Saved" (only after the write completed) or "Not saved", announced politely.
 * Where the browser stores nothing (memory mode) a completed write is only in this tab,
 * and the status says so instead of "Saved".
 */
export function SaveStatus({ save }: Props) {
  const t = useT();
  const inMemory = useAppStore((s) => s.storage.mode === 'memory');
  const label =
    inMemory && save.state === 'saved' ? t('storage.keptInTab') : t(`save.${save.state}`);
  return (
    <p className={`save-status save-${save.state}`} role="status">
      {label}
    </p>
  );
}
