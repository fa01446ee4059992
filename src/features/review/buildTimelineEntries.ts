import type { LaneLayout } from '../../canvas/layout/channelLanes';
import { inTimeOrder } from '../../domain/inTimeOrder';
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
 * The rows of the Timeline table in time order (every communication, internal ones
 * included). Which line a communication is on comes from the canvas's `channelLanes`, so
 * the table says what the drawing shows. Pure.
 *
 * The communications come in time order already (as stored, and as `channelLanes` placed
 * them): their rows are checked to be in order and merged with the few other rows, sorted
 * apart. Sorting 100,000 rows was a task of ~90 ms on opening such a review.
 */
export function buildTimelineEntries({
  incident,
  channels,
  communications,
  notes,
  lanes,
}: TimelineEntrySource): TimelineEntry[] {
  const names = new Map(channels.map((c) => [c.id, c.name]));
  const branchName = new Map(lanes.branches.map((b) => [b.lane, b.channel]));
  const sorted = inTimeOrder(communications);
  const laneAt = lanesInOrder(sorted, lanes);
  const rows: TimelineEntry[] = new Array<TimelineEntry>(sorted.length);
  for (let i = 0; i < sorted.length; i++) {
    const c = sorted[i] as Communication;
    const lane = laneAt(c, i);
    rows[i] = {
      kind: 'communication',
      key: `communication:${c.id}`,
      at: c.instant,
      communication: c,
      channelName: names.get(c.channelId) ?? '',
      branch: lane === 0 ? null : (branchName.get(lane) ?? null),
    };
  }
  for (let i = 1; i < rows.length; i++) {
    if (compare(rows[i - 1] as TimelineEntry, rows[i] as TimelineEntry) > 0) {
      rows.sort(compare);
      break;
    }
  }

  const others: TimelineEntry[] = [];
  if (incident.alert !== null) others.push({ kind: 'alert', key: 'alert', at: incident.alert });
  if (incident.resolution !== null) {
    others.push({ kind: 'resolution', key: 'resolution', at: incident.resolution });
  }
  for (const note of notes)
    others.push({ kind: 'note', key: `note:${note.id}`, at: note.at, note });
  others.sort(compare);
  return merge(rows, others);
}

/**
 * Each communication's lane: read from `lanes.placed` by position when it holds these very
 * communications in this order (as `channelLanes` makes it), else looked up by id.
 */
function lanesInOrder(
  sorted: readonly Communication[],
  lanes: LaneLayout,
): (c: Communication, i: number) => number {
  const { placed } = lanes;
  let same = placed.length === sorted.length;
  for (let i = 0; same && i < sorted.length; i++) same = placed[i]?.communication === sorted[i];
  if (same) return (_c, i) => placed[i]?.lane ?? 0;
  const laneOf = new Map(placed.map((p) => [p.communicationId, p.lane]));
  return (c) => laneOf.get(c.id) ?? 0;
}

/** Two lists in `compare` order as one (on a tie, `a`'s entry first: the order is total). */
function merge(a: readonly TimelineEntry[], b: readonly TimelineEntry[]): TimelineEntry[] {
  if (b.length === 0) return a as TimelineEntry[];
  const out = new Array<TimelineEntry>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as TimelineEntry;
    const y = b[j] as TimelineEntry;
    if (compare(x, y) <= 0) {
      out[k++] = x;
      i++;
    } else {
      out[k++] = y;
      j++;
    }
  }
  while (i < a.length) out[k++] = a[i++] as TimelineEntry;
  while (j < b.length) out[k++] = b[j++] as TimelineEntry;
  return out;
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
