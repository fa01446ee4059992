/**
 * Which lane every communication is drawn on (issue "The timeline"): a channel used more
 * than once gets its own branch, leaving the main line at its first use; a channel used
 * once stays a labelled dot on the main line. Pure.
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

export interface LaneLayout {
  readonly branches: readonly Branch[];
  /** The communications in time order: `instants` and `lane` are read by the same index. */
  readonly sorted: readonly Communication[];
  /** Each one's instant, so the drawing finds the ones in view without reading records. */
  readonly instants: Float64Array;
  /** Each one's id, so a binned dot lists its messages without reading their records. */
  readonly ids: readonly string[];
  /**
   * Each one's lane: 0 the main line (the channel's name is written beside the dot), `n`
   * the branch of lane `n`.
   */
  readonly lane: Uint32Array;
}

/** No messages placed (before a long review's lanes are). */
export const NO_LANES: LaneLayout = {
  branches: [],
  sorted: [],
  instants: new Float64Array(0),
  ids: [],
  lane: new Uint32Array(0),
};

/** One channel's uses, counted in one pass; its lane once it has one. */
interface Use {
  readonly index: number;
  count: number;
  readonly first: Communication;
  last: EpochMs;
  lane: number;
}

/**
 * One Map look-up per message, skipped while the channel stays the same: at 100,000
 * messages, counting, assigning and reading the lanes through Maps took ~45 ms on a page
 * just opened. What each message gets is kept in typed arrays, not a record per message:
 * 100,000 of them were 12–26 ms to make on a page just opened, and as many objects more
 * for the garbage collector to copy.
 */
export function channelLanes(
  channels: readonly Channel[],
  communications: readonly Communication[],
): LaneLayout {
  const sorted = inTimeOrder(communications);
  const n = sorted.length;
  const instants = new Float64Array(n);
  const ids = new Array<string>(n);
  // Each message's channel use (its index in `list`), made its lane once lanes are known.
  const lane = new Uint32Array(n);
  const uses = new Map<string, Use>();
  const list: Use[] = [];
  let last: Use | undefined;
  for (let i = 0; i < n; i++) {
    const c = sorted[i] as Communication;
    const instant = c.instant;
    instants[i] = instant;
    ids[i] = c.id;
    let use =
      last !== undefined && last.first.channelId === c.channelId ? last : uses.get(c.channelId);
    if (use === undefined) {
      use = { index: list.length, count: 0, first: c, last: instant, lane: 0 };
      uses.set(c.channelId, use);
      list.push(use);
    }
    use.count++;
    use.last = instant;
    lane[i] = use.index;
    last = use;
  }
  const names = new Map(channels.map((ch) => [ch.id, ch.name]));

  // Lanes in order of first use (the list keeps the order channels were first seen in).
  const branches: Branch[] = [];
  for (const use of list) {
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
  const laneOfUse = Uint32Array.from(list, (use) => use.lane);
  for (let i = 0; i < n; i++) lane[i] = laneOfUse[lane[i] as number] as number;
  return { branches, sorted, instants, ids, lane };
}
