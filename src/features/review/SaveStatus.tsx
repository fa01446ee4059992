import type { SaveStatus as SaveStatusValue } from '../../store/AppState';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/useAppStore';

interface Props {
  readonly save: SaveStatusValue;
}

const STATES: readonly SaveStatusValue['state'][] = ['idle', 'saving', 'saved', 'error'];

/**
 * "Saving…", "Saved" (only after the write completed) or "Not saved", announced politely.
 * Where the browser stores nothing (memory mode) a completed write is only in this tab,
 * and the status says so instead of "Saved".
 *
 * The pill is as wide as its longest label: every label sits, hidden but the current one,
 * in the same grid cell (the hidden ones as CSS-generated text, not page text). So
 * "Saving…" ↔ "Saved" on each edit never changes the header's width: it used to wrap the
 * header onto a second line and back, shifting the whole page twice per edit.
 */
export function SaveStatus({ save }: Props) {
  const t = useT();
  const inMemory = useAppStore((s) => s.storage.mode === 'memory');
  const labelOf = (state: SaveStatusValue['state']): string =>
    inMemory && state === 'saved' ? t('storage.keptInTab') : t(`save.${state}`);
  const label = labelOf(save.state);
  return (
    <div className={`save-pill save-${save.state}`}>
      <p className="save-status" role="status">
        {label}
      </p>
      {STATES.map((state) => (
        <span
          key={state}
          className="save-pill-sizer"
          aria-hidden="true"
          data-label={labelOf(state)}
        />
      ))}
    </div>
  );
}
