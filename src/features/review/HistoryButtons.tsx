import { useT } from '../../i18n/useT';

interface Props {
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly onUndo: () => void;
  readonly onRedo: () => void;
}

/** Undo and redo of the review's edits (a deleted message comes back with Undo). */
export function HistoryButtons({ canUndo, canRedo, onUndo, onRedo }: Props) {
  const t = useT();
  return (
    <div className="history-buttons">
      <button type="button" className="button button-small" onClick={onUndo} disabled={!canUndo}>
        {t('review.undo')}
      </button>
      <button type="button" className="button button-small" onClick={onRedo} disabled={!canRedo}>
        {t('review.redo')}
      </button>
    </div>
  );
}
