import type { LaneLayout } from '../../canvas/layout/channelLanes';
import { firstIndex } from '../../domain/firstIndex';
import { inOrderBy } from '../../domain/inOrderBy';
import { byInstantOrderThenId } from '../../domain/inTimeOrder';
import type { Channel, Communication, EpochMs, Incident, Note } from '../../domain/model';

/** One row of the Timeline table: the alert, a communication, the resolution or a note. */
export type TimelineEntry =
  | { readonly kind: 'alert'; readonly key: string; readonly at: EpochMs }
  | {
      readonly kind: 'communication';
      readonly key: string;
      readonly at: EpochMs;
      readonly communication: Communication;
      readonly channelName: string;
      /** The branch's channel name when the channel has its own branch; null: main line. */
      readonly branch: string | null;
    }
  | { readonly kind: 'resolution'; readonly key: string; readonly at: EpochMs }
  | { readonly kind: 'note'; readonly key: string; readonly at: EpochMs; readonly note: Note };

/** What the Timeline table lists: the incident's ends, its messages (on their lanes) and notes. */
export interface TimelineEntrySource {
  readonly incident: Pick<Incident, 'alert' | 'resolution'>;
  readonly channels: readonly Channel[];
  readonly communications: readonly Communication[];
  readonly notes: readonly Note[];
  readonly lanes: LaneLayout;
}

/** For equal instants: the alert, then communications, then the resolution, then notes. */
const RANK: Readonly<Record<TimelineEntry['kind'], number>> = {
  alert: 0,
  communication: 1,
  resolution: 2,
  note: 3,
};

/** Ties within a kind: communications by import order, notes by creation. */
function tieBreak(a: TimelineEntry, b: TimelineEntry): number {
  if (a.kind === 'communication' && b.kind === 'communication') {
    return a.communication.order - b.communication.order;
  }
  if (a.kind === 'note' && b.kind === 'note') return a.note.createdAt - b.note.createdAt;
  return 0;
}

const compare = (a: TimelineEntry, b: TimelineEntry): number =>
  a.at - b.at ||
  RANK[a.kind] - RANK[b.kind] ||
  tieBreak(a, b) ||
  (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * The Timeline table's rows, in time order, each made when it is first asked for: the table
 * shows a few dozen of them. Making all 100,000 row records of a big review on opening was
 * a task of ~20 ms, and as much again in garbage collection.
 */
export interface TimelineEntries {
  readonly length: number;
  /** The row at `index` (undefined outside 0…length − 1); the same record each time. */
  at(index: number): TimelineEntry | undefined;
}

/** Whether a communication's row comes before `other`'s (a row of another kind). */
function before(c: Communication, other: TimelineEntry): boolean {
  return c.instant < other.at || (c.instant === other.at && RANK.communication < RANK[other.kind]);
}

/**
 * The rows of the Timeline table in time order (every communication, internal ones
 * included). Which line a communication is on comes from the canvas's `channelLanes`, so
 * the table says what the drawing shows. Pure.
 *
 * The communications come in time order already (as stored, and as `channelLanes` placed
 * them). The few other rows (the alert, the resolution, the notes) are sorted apart, and
 * each one's place among the communications is found by binary search; a row is then found
 * by its index, with no list of every row.
 */
export function buildTimelineEntries({
  incident,
  channels,
  communications,
  notes,
  lanes,
}: TimelineEntrySource): TimelineEntries {
  const names = new Map(channels.map((c) => [c.id, c.name]));
  const branchName = new Map(lanes.branches.map((b) => [b.lane, b.channel]));
  // Time order, and on a full tie the row's key (`communication:<id>`): the canonical order.
  const sorted = inOrderBy(communications, byInstantOrderThenId);
  const laneOf = laneFinder(lanes);

  const others: TimelineEntry[] = [];
  if (incident.alert !== null) others.push({ kind: 'alert', key: 'alert', at: incident.alert });
  if (incident.resolution !== null) {
    others.push({ kind: 'resolution', key: 'resolution', at: incident.resolution });
  }
  for (const note of notes)
    others.push({ kind: 'note', key: `note:${note.id}`, at: note.at, note });
  others.sort(compare);
  // Each other row's index in the whole list (increasing, as they are sorted).
  const slots = others.map(
    (o, j) => firstIndex(sorted.length, (i) => !before(sorted[i] as Communication, o)) + j,
  );

  const communicationRow = (i: number): TimelineEntry => {
    const c = sorted[i] as Communication;
    const lane = laneOf(c, i);
    return {
      kind: 'communication',
      key: `communication:${c.id}`,
      at: c.instant,
      communication: c,
      channelName: names.get(c.channelId) ?? '',
      branch: lane === 0 ? null : (branchName.get(lane) ?? null),
    };
  };
  const made = new Map<number, TimelineEntry>();
  const length = sorted.length + others.length;
  return {
    length,
    at(index) {
      if (!Number.isInteger(index) || index < 0 || index >= length) return undefined;
      // How many of the other rows come before `index`.
      const lo = firstIndex(slots.length, (j) => (slots[j] as number) >= index);
      if (slots[lo] === index) return others[lo];
      const i = index - lo;
      let row = made.get(i);
      if (row === undefined) {
        row = communicationRow(i);
        made.set(i, row);
      }
      return row;
    },
  };
}

/**
 * A communication's lane: read by position when the lanes hold this very communication
 * there (`channelLanes` of these messages, in the same order), else looked up by id.
 */
function laneFinder(lanes: LaneLayout): (c: Communication, i: number) => number {
  const { sorted, lane } = lanes;
  let byId: Map<string, number> | null = null;
  return (c, i) => {
    if (sorted[i] === c) return lane[i] as number;
    byId ??= new Map(sorted.map((q, j) => [q.id, lane[j] as number]));
    return byId.get(c.id) ?? 0;
  };
}

/** Whether two entries show the same thing (records are replaced, never mutated). */
export function sameEntry(a: TimelineEntry, b: TimelineEntry): boolean {
  if (a.kind !== b.kind || a.key !== b.key || a.at !== b.at) return false;
  if (a.kind === 'communication' && b.kind === 'communication') {
    return (
      a.communication === b.communication &&
      a.channelName === b.channelName &&
      a.branch === b.branch
    );
  }
  if (a.kind === 'note' && b.kind === 'note') return a.note === b.note;
  return true;
}
