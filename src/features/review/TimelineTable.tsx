import { useDeferredValue, useLayoutEffect, useMemo, useRef } from 'react';
import { NO_LANES, type LaneLayout } from '../../canvas/layout/channelLanes';
import type { Communication, EpochMs, Note, ReviewData } from '../../domain/model';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/useAppStore';
import { useAppStoreApi } from '../../store/useAppStoreApi';
import { SpacerRow } from '../../ui/table/SpacerRow';
import { tableWrapProps } from '../../ui/table/tableWrapProps';
import { RENDER_AT_ONCE } from '../../ui/table/useDeferredRows';
import { useTableRows } from '../../ui/table/useTableRows';
import { useLastResult } from '../../ui/useLastResult';
import { buildTimelineEntries, type TimelineEntrySource } from './buildTimelineEntries';
import { TimelineRow } from './TimelineRow';
import type { TimelineRowHandlers } from './TimelineRowHandlers';

/** Nothing to list yet: a long table's first render, before its rows are built. */
const NOTHING_YET: TimelineEntrySource = {
  incident: { alert: null, resolution: null },
  channels: [],
  communications: [],
  notes: [],
  lanes: NO_LANES,
};

interface Props {
  readonly data: ReviewData;
  /**
   * `channelLanes` of the review: which channels have a branch on the drawing; null while
   * a long review's lanes are still being placed (the rows wait for them).
   */
  readonly lanes: LaneLayout | null;
  readonly zone: string;
  /** Id of the summary line that describes the table. */
  readonly describedBy?: string;
  readonly onAddNote: (at: EpochMs) => void;
  readonly onEditNote: (note: Note) => void;
  readonly onDeleteNote: (note: Note) => void;
  readonly onEditCommunication: (communication: Communication) => void;
}

/**
 * The Timeline table, the canvas's accessible twin: the alert, every communication
 * (internal ones included), the resolution and every note, in time order. Hovering or
 * focusing a row highlights its item on the canvas; the item highlighted there is marked
 * here with `aria-current`. Up to 1,000 rows every row is rendered; above, only those near
 * the screen (`aria-rowcount` gives the total).
 */
export function TimelineTable(props: Props) {
  const { data, lanes, zone, describedBy } = props;
  const t = useT();
  const api = useAppStoreApi();
  const actions = useAppStore((s) => s.actions);
  const focus = useAppStore((s) => s.timeline.focus);
  const anonymous = useAppStore((s) => s.current?.session?.anonymous ?? false);
  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });

  const { alert, resolution } = data.incident;
  const { channels, communications, notes } = data;
  const source = useMemo<TimelineEntrySource | null>(
    () =>
      lanes === null
        ? null
        : { incident: { alert, resolution }, channels, communications, notes, lanes },
    [alert, resolution, channels, communications, notes, lanes],
  );
  // A long table's rows are built and rendered in the background (useDeferredRows says
  // why): on opening, and after each edit (a note moved rebuilt 100,000 rows in the drop).
  // They wait for the lanes: built before them and again after, 100,000 rows were built
  // twice on opening (~45 ms each, and as much again in garbage collection).
  const long = communications.length + notes.length > RENDER_AT_ONCE;
  const target = source ?? NOTHING_YET;
  const deferred = useDeferredValue(target, long ? NOTHING_YET : undefined);
  const built = long ? deferred : target;
  const pending = built !== source;
  const entriesOf = useLastResult(buildTimelineEntries);
  const entries = useMemo(() => entriesOf(built), [entriesOf, built]);
  const rows = useTableRows(entries.length, 49);

  const handlers = useMemo<TimelineRowHandlers>(
    () => ({
      onAddNote: (at) => latest.current.onAddNote(at),
      onEditCommunication: (c) => latest.current.onEditCommunication(c),
      onEditNote: (note) => latest.current.onEditNote(note),
      onDeleteNote: (note) => latest.current.onDeleteNote(note),
      onEditOnTimeline: (id) => actions.setEditingNote(id),
      onEnter: (ref) => actions.focusTimelineItem(ref),
      onLeave: (ref) => {
        const now = api.getState().timeline.focus;
        if (now?.kind === ref.kind && now.id === ref.id) actions.focusTimelineItem(null);
      },
    }),
    [actions, api],
  );

  const currentKey = focus === null ? null : `${focus.kind}:${focus.id}`;
  return (
    <div {...tableWrapProps(entries.length, 49)}>
      <table
        className="data-table twin-table"
        aria-describedby={describedBy}
        aria-rowcount={rows.virtual ? entries.length + 1 : undefined}
        aria-busy={pending || undefined}
      >
        <caption>{t('twin.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('twin.col.time')}</th>
            <th scope="col">{t('twin.col.what')}</th>
            <th scope="col">{t('twin.col.line')}</th>
            <th scope="col">{t('twin.col.channel')}</th>
            <th scope="col">{t('twin.col.author')}</th>
            <th scope="col">{t('twin.col.text')}</th>
            <th scope="col">{t('twin.col.actions')}</th>
          </tr>
        </thead>
        <tbody ref={rows.bodyRef}>
          <SpacerRow height={rows.before} columns={7} />
          {rows.indexes.map((i) => {
            const entry = entries.at(i);
            return entry === undefined ? null : (
              <TimelineRow
                key={entry.key}
                entry={entry}
                zone={zone}
                current={entry.key === currentKey}
                anonymous={anonymous}
                handlers={handlers}
                rowIndex={rows.virtual ? i : undefined}
                measureRef={rows.virtual ? rows.measureRow : undefined}
              />
            );
          })}
          <SpacerRow height={rows.after} columns={7} />
        </tbody>
      </table>
      {entries.length === 0 && <p className="table-empty">{t('twin.empty')}</p>}
    </div>
  );
}
