import { useT } from '../i18n/useT';
import { NoteEditor } from './NoteEditor';
import type { NoteDrafts } from './useNoteDrafts';

interface Props {
  readonly drafts: NoteDrafts;
  /** Focus goes back to the drawing when the editor closes. */
  readonly onClosed: () => void;
}

/** The open note editor over the canvas, and the "Note deleted · Undo" notice. */
export function NoteEditorOverlay({ drafts, onClosed }: Props) {
  const t = useT();
  const { target } = drafts;
  return (
    <>
      {target !== null && (
        <NoteEditor
          key={target.key}
          left={target.left}
          top={target.top}
          initial={target.initial}
          isNew={target.isNew}
          authors={drafts.authors}
          onSave={async (fields) => {
            await drafts.save(fields);
            onClosed();
          }}
          onCancel={() => {
            drafts.cancel();
            onClosed();
          }}
          onDelete={
            drafts.remove === null
              ? null
              : () => {
                  drafts.remove?.();
                  onClosed();
                }
          }
        />
      )}
      <div className="timeline-notice" role="status">
        {drafts.deleted !== null && (
          <>
            <span>{t('timeline.noteDeleted')}</span>
            <button
              className="button button-small"
              type="button"
              onClick={drafts.undoDelete}
              aria-label={t('timeline.undoDelete')}
            >
              {t('timeline.undo')}
            </button>
            <button
              type="button"
              className="button button-small"
              onClick={drafts.dismissDeleted}
              aria-label={t('common.close')}
            >
              <span aria-hidden="true">×</span>
            </button>
          </>
        )}
      </div>
    </>
  );
}
