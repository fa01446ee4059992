import type { Translate } from '../../i18n/I18nContext';
import type { TimelineEntry } from './buildTimelineEntries';

/** The "What" of a row: Alert, Update, Resolution update, …, or "Note: <category>". */
export function describeEntry(entry: TimelineEntry, t: Translate): string {
  switch (entry.kind) {
    case 'alert':
      return t('twin.what.alert');
    case 'resolution':
      return t('twin.what.resolution');
    case 'note':
      return t('twin.what.note', { category: t(`note.category.${entry.note.category}`) });
    case 'communication': {
      const kind = entry.communication.kind;
      return t(kind === 'resolution' ? 'twin.what.resolution-update' : `twin.what.${kind}`);
    }
  }
}
