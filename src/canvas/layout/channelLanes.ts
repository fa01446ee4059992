/**
 * Which lane every communication is drawn on (issue "The timeline"): a channel used more
 * than once gets its own branch, leaving the main line at its first use; a channel used
 * once stays a labelled dot on the main line. Internal events are drawn apart (hollow);
 * follow-ups after the resolution are placed after the resolution mark. Pure.
 */
import { inTimeOrder } from '../../domain/inTimeOrder';
import type { Channel, Communication, EpochMs } from '../../domain/model';

export interface Branch {
  readonly channelId: string;
  readonly channel: string;
  /** 1, 2, … in order of first use; lane 0 is the main line. */
  readonly lane: number;
  /** Where the branch leaves the main line. */
  readonly start: EpochMs;
}

export interface PlacedCommunication {
  readonly communicationId: string;
  /** The communication itself (so a scene needs no lookup by id). */
  readonly communication: Communication;
  readonly lane: number;
  readonly hollow: boolean;
  /** On the main line: the channel's name is written beside the dot. */
  readonly labelled: boolean;
  readonly afterResolution: boolean;
}

export interface LaneLayout {
  readonly branches: readonly Branch[];
  readonly placed: readonly PlacedCommunication[];
}

export function channelLanes(
  channels: readonly Channel[],
  communications: readonly Communication[],
  resolution: EpochMs | null,
): LaneLayout {
  const sorted = inTimeOrder(communications);
  const uses = new Map<string, number>();
  for (const c of sorted) uses.set(c.channelId, (uses.get(c.channelId) ?? 0) + 1);
  const names = new Map(channels.map((ch) => [ch.id, ch.name]));

  const branches: Branch[] = [];
  const laneOf = new Map<string, number>();
  for (const c of sorted) {
    if ((uses.get(c.channelId) ?? 0) < 2 || laneOf.has(c.channelId)) continue;
    const lane = branches.length + 1;
    laneOf.set(c.channelId, lane);
    branches.push({
      channelId: c.channelId,
      channel: names.get(c.channelId) ?? c.channelId,
      lane,
      start: c.instant,
    });
  }

  const placed = sorted.map((c) => {
    const lane = laneOf.get(c.channelId) ?? 0;
    return {
      communicationId: c.id,
      communication: c,
      lane,
      hollow: c.kind === 'internal',
      labelled: lane === 0,
      afterResolution: c.kind === 'follow-up' && resolution !== null && c.instant > resolution,
    };
  });
  return { branches, placed };
}
