import type { LaneLayout } from '../../canvas/layout/channelLanes';
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
 */
export function buildTimelineEntries({
  incident,
  channels,
  communications,
  notes,
  lanes,
}: TimelineEntrySource): TimelineEntry[] {
  const names = new Map(channels.map((c) => [c.id, c.name]));
  const laneOf = new Map(lanes.placed.map((p) => [p.communicationId, p.lane]));
  const branchName = new Map(lanes.branches.map((b) => [b.lane, b.channel]));
  const entries: TimelineEntry[] = [];
  if (incident.alert !== null) entries.push({ kind: 'alert', key: 'alert', at: incident.alert });
  for (const c of communications) {
    const lane = laneOf.get(c.id) ?? 0;
    entries.push({
      kind: 'communication',
      key: `communication:${c.id}`,
      at: c.instant,
      communication: c,
      channelName: names.get(c.channelId) ?? '',
      branch: lane === 0 ? null : (branchName.get(lane) ?? null),
    });
  }
  if (incident.resolution !== null) {
    entries.push({ kind: 'resolution', key: 'resolution', at: incident.resolution });
  }
  for (const note of notes)
    entries.push({ kind: 'note', key: `note:${note.id}`, at: note.at, note });
  return entries.sort(compare);
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
