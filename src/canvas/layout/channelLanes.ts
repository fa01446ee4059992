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
  /** The last message on it (where the branch ends, unless the main line goes on). */
  readonly end: EpochMs;
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

/** One channel's uses, counted in one pass; its lane once it has one. */
interface Use {
  count: number;
  first: Communication;
  last: EpochMs;
  lane: number;
}

/**
 * One Map look-up per message, skipped while the channel stays the same: at 100,000
 * messages, counting, assigning and reading the lanes through Maps took ~45 ms on a page
 * just opened.
 */
export function channelLanes(
  channels: readonly Channel[],
  communications: readonly Communication[],
  resolution: EpochMs | null,
): LaneLayout {
  const sorted = inTimeOrder(communications);
  const uses = new Map<string, Use>();
  const useOf = new Array<Use>(sorted.length);
  let last: Use | undefined;
  for (let i = 0; i < sorted.length; i++) {
    const c = sorted[i] as Communication;
    let use =
      last !== undefined && last.first.channelId === c.channelId ? last : uses.get(c.channelId);
    if (use === undefined) {
      use = { count: 0, first: c, last: c.instant, lane: 0 };
      uses.set(c.channelId, use);
    }
    use.count++;
    use.last = c.instant;
    useOf[i] = use;
    last = use;
  }
  const names = new Map(channels.map((ch) => [ch.id, ch.name]));

  // Lanes in order of first use (the Map keeps the order channels were first seen in).
  const branches: Branch[] = [];
  for (const use of uses.values()) {
    if (use.count < 2) continue;
    const { channelId, instant } = use.first;
    use.lane = branches.length + 1;
    branches.push({
      channelId,
      channel: names.get(channelId) ?? channelId,
      lane: use.lane,
      start: instant,
      end: use.last,
    });
  }

  const placed = new Array<PlacedCommunication>(sorted.length);
  for (let i = 0; i < sorted.length; i++) {
    const c = sorted[i] as Communication;
    const lane = (useOf[i] as Use).lane;
    placed[i] = {
      communicationId: c.id,
      communication: c,
      lane,
      hollow: c.kind === 'internal',
      labelled: lane === 0,
      afterResolution: c.kind === 'follow-up' && resolution !== null && c.instant > resolution,
    };
  }
  return { branches, placed };
}
