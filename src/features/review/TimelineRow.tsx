import { memo, type FocusEvent } from 'react';
import { formatDate } from '../../domain/time/formatDate';
import { formatInstant } from '../../domain/time/formatInstant';
import { useI18n } from '../../i18n/useI18n';
import type { TimelineItemRef } from '../../store/AppState';
import { virtualRowAttributes, type VirtualRowProps } from '../../ui/table/VirtualRowProps';
import { sameEntry, type TimelineEntry } from './buildTimelineEntries';
import { describeEntry } from './describeEntry';
import { TimelineRowActions } from './TimelineRowActions';
import type { TimelineRowHandlers } from './TimelineRowHandlers';

interface Props extends VirtualRowProps {
  readonly entry: TimelineEntry;
  readonly zone: string;
  /** The item highlighted on the canvas and here (`timeline.focus`). */
  readonly current: boolean;
  /** Anonymous mode: note authors are not shown. */
  readonly anonymous: boolean;
  readonly handlers: TimelineRowHandlers;
}

function itemRef(entry: TimelineEntry): TimelineItemRef | null {
  if (entry.kind === 'communication') return { kind: 'communication', id: entry.communication.id };
  if (entry.kind === 'note') return { kind: 'note', id: entry.note.id };
  return null;
}

function rowClass(entry: TimelineEntry, current: boolean): string {
  const kind =
    entry.kind === 'communication'
      ? `twin-row-${entry.communication.kind}`
      : `twin-row-${entry.kind}`;
  return `twin-row ${kind}${current ? ' twin-row-current' : ''}`;
}

/**
 * One row of the Timeline table. Hovering it or focusing anything inside highlights its
 * item on the canvas; it re-renders only when its record, the zone or its highlight change.
 */
function TimelineRowView({
  entry,
  zone,
  current,
  anonymous,
  handlers,
  rowIndex,
  measureRef,
}: Props) {
  const { t, locale } = useI18n();
  const ref = itemRef(entry);
  const leaveOnBlur = (event: FocusEvent<HTMLTableRowElement>) => {
    const next = event.relatedTarget;
    if (ref !== null && !(next instanceof Node && event.currentTarget.contains(next))) {
      handlers.onLeave(ref);
    }
  };
  const line =
    entry.kind === 'communication'
      ? entry.branch === null
        ? t('twin.line.main')
        : t('twin.line.branch', { channel: entry.branch })
      : entry.kind === 'note' && entry.note.onGap
        ? t('twin.line.onGap')
        : '';
  const channel = entry.kind === 'communication' ? entry.channelName : '';
  const author =
    entry.kind === 'communication'
      ? entry.communication.author
      : entry.kind === 'note'
        ? anonymous
          ? t('twin.anonymous')
          : (entry.note.author ?? t('twin.anonymous'))
        : '';
  const text =
    entry.kind === 'communication'
      ? entry.communication.text
      : entry.kind === 'note'
        ? entry.note.text
        : '';
  const what = describeEntry(entry, t);
  const whatClass =
    entry.kind === 'communication'
      ? `twin-what-${entry.communication.kind}`
      : entry.kind === 'note'
        ? `twin-what-note twin-note-${entry.note.category}`
        : `twin-what-${entry.kind}`;
  return (
    <tr
      className={rowClass(entry, current)}
      ref={measureRef}
      {...virtualRowAttributes(rowIndex)}
      aria-current={current ? 'true' : undefined}
      data-item={ref === null ? undefined : `${ref.kind}:${ref.id}`}
      onMouseEnter={ref === null ? undefined : () => handlers.onEnter(ref)}
      onMouseLeave={ref === null ? undefined : () => handlers.onLeave(ref)}
      onFocus={ref === null ? undefined : () => handlers.onEnter(ref)}
      onBlur={ref === null ? undefined : leaveOnBlur}
    >
      <td>
        <span className="nowrap">{formatDate(entry.at, zone, locale)},</span>{' '}
        <span className="nowrap">{formatInstant(entry.at, zone, locale)}</span>
      </td>
      <td>
        <span className={`twin-what ${whatClass}`}>{what}</span>
      </td>
      <td>{line}</td>
      <td>{channel}</td>
      <td>{author}</td>
      <td className="twin-text">{text}</td>
      <td>
        <TimelineRowActions entry={entry} zone={zone} what={what} handlers={handlers} />
      </td>
    </tr>
  );
}

export const TimelineRow = memo(
  TimelineRowView,
  (a, b) =>
    a.zone === b.zone &&
    a.current === b.current &&
    a.anonymous === b.anonymous &&
    a.handlers === b.handlers &&
    a.rowIndex === b.rowIndex &&
    a.measureRef === b.measureRef &&
    sameEntry(a.entry, b.entry),
);
