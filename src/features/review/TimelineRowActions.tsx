import { formatDateTime } from '../../domain/time/formatDateTime';
import { useI18n } from '../../i18n/useI18n';
import type { TimelineEntry } from './buildTimelineEntries';
import { noteExcerpt } from './noteExcerpt';
import type { TimelineRowHandlers } from './TimelineRowHandlers';

interface Props {
  readonly entry: TimelineEntry;
  readonly zone: string;
  /** The row's "What" (Alert, Update, Note: Gap, …). */
  readonly what: string;
  readonly handlers: TimelineRowHandlers;
}

/**
 * The buttons of one Timeline row; each accessible name starts with the visible words and
 * says what it acts on ("Edit note: The status page said…").
 */
export function TimelineRowActions({ entry, zone, what, handlers }: Props) {
  const { t, locale } = useI18n();
  const time = formatDateTime(entry.at, zone, locale);
  if (entry.kind === 'note') {
    const { note } = entry;
    const excerpt =
      noteExcerpt(note.text) ||
      t('twin.noteFallback', { category: t(`note.category.${note.category}`), time });
    return (
      <div className="row-actions">
        <button
          type="button"
          className="button button-small"
          aria-label={t('twin.editNote.named', { excerpt })}
          onClick={() => handlers.onEditNote(note)}
        >
          {t('twin.editNote')}
        </button>
        <button
          type="button"
          className="button button-small"
          aria-label={t('twin.editOnTimeline.named', { excerpt })}
          onClick={() => handlers.onEditOnTimeline(note.id)}
        >
          {t('twin.editOnTimeline')}
        </button>
        <button
          type="button"
          className="button button-small button-danger-quiet"
          aria-label={t('twin.deleteNote.named', { excerpt })}
          onClick={() => handlers.onDeleteNote(note)}
        >
          {t('twin.deleteNote')}
        </button>
      </div>
    );
  }
  const subject =
    entry.kind === 'communication'
      ? t('twin.subject.communication', { kind: what, channel: entry.channelName })
      : what;
  return (
    <div className="row-actions">
      <button
        type="button"
        className="button button-small"
        aria-label={t('twin.addNoteHere.named', { subject, time })}
        onClick={() => handlers.onAddNote(entry.at)}
      >
        {t('twin.addNoteHere')}
      </button>
      {entry.kind === 'communication' && (
        <button
          type="button"
          className="button button-small"
          aria-label={t('twin.editCommunication.named', { subject, time })}
          onClick={() => handlers.onEditCommunication(entry.communication)}
        >
          {t('twin.editCommunication')}
        </button>
      )}
    </div>
  );
}
