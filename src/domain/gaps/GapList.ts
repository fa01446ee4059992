import { DEFAULT_TARGET, type EpochMs, type Target } from '../model';
import { gapStatus } from './gapStatus';
import type { EndKind, Gap, GapEnd, GapStatus } from './types';

const ALERT: GapEnd = { kind: 'alert' };

/**
 * The gap list of one analysis (rules 2, 4, 5, 6 of `../shared/spec/gaps.md`): the
 * consecutive differences along A → moment 1 → … → moment n → end, each with its ends,
 * exact minutes, status, and the longest gap(s) marked.
 *
 * Kept as the n + 2 instants the gaps run between (one typed array), not as one object per
 * gap: at 100,000 updates, making and keeping 100,000 gap records (and 100,000 ends) cost
 * the analysis 50–70 ms of allocation and garbage collection, about 15× sorting the same
 * instants (issue "Fast at real sizes"), while the page shows a few dozen of them at a
 * time. A gap's figures are read by index (`minutes(i)`, `status(i)`, …) without making
 * anything; `at(i)` makes the `Gap` record (once: it is kept, so a row keeps its record),
 * and iterating, `map` and `toArray` make them all, for the reports that print every gap.
 */
export class GapList implements Iterable<Gap> {
  /** No gaps, for a surface with no analysis (no alert, an end before the alert). */
  static readonly NONE = new GapList(new Float64Array(0), 'last-message', DEFAULT_TARGET);

  /** How many gaps: one more than the update moments (none in `NONE`). */
  readonly length: number;
  /** The longest gap's minutes (every gap of that length is "longest"). */
  readonly longestMinutes: number;
  private readonly points: Float64Array;
  private readonly endKind: EndKind;
  /** The target the statuses are read against. */
  readonly target: Target;
  private made: (Gap | undefined)[] | null = null;

  /**
   * `points` are the alert, the moments' instants (distinct, in order) and the end, or none:
   * the list takes the array and never changes it.
   */
  constructor(points: Float64Array, endKind: EndKind, target: Target) {
    if (points.length === 1) throw new RangeError('a gap runs between two instants');
    this.points = points;
    this.endKind = endKind;
    this.target = target;
    this.length = Math.max(0, points.length - 1);
    let longest = -Infinity;
    for (let i = 1; i < points.length; i++) {
      const minutes = ((points[i] as number) - (points[i - 1] as number)) / 60_000;
      if (minutes > longest) longest = minutes;
    }
    this.longestMinutes = longest;
  }

  /**
   * The instants the gaps run between: gap `i` runs from `ends[i]` to `ends[i + 1]`. For
   * loops over every gap (the timeline's marks at 100,000 gaps), read without a check per
   * gap; a view of the list's own array, never to be written.
   */
  get ends(): ArrayLike<EpochMs> {
    return this.points;
  }

  from(i: number): EpochMs {
    return this.point(i);
  }

  to(i: number): EpochMs {
    return this.point(i + 1);
  }

  /** Exact minutes, never rounded. */
  minutes(i: number): number {
    return (this.point(i + 1) - this.point(i)) / 60_000;
  }

  status(i: number): GapStatus {
    return gapStatus(this.minutes(i), this.target);
  }

  isLongest(i: number): boolean {
    return this.minutes(i) === this.longestMinutes;
  }

  fromEnd(i: number): GapEnd {
    this.check(i);
    return i === 0 ? ALERT : { kind: 'update', n: i };
  }

  toEnd(i: number): GapEnd {
    this.check(i);
    return i === this.length - 1 ? { kind: this.endKind } : { kind: 'update', n: i + 1 };
  }

  /**
   * The gap whose span holds `at` (its end instant belongs to the next gap; the last gap's
   * end to the last gap), or -1 before the alert and after the end. A binary search.
   */
  indexAt(at: EpochMs): number {
    const p = this.points;
    if (p.length === 0 || !(at >= (p[0] as number))) return -1;
    if (at >= (p[p.length - 1] as number)) return at === p[p.length - 1] ? this.length - 1 : -1;
    // The last point at or before `at`: gap `lo` runs from it to a later point.
    let lo = 0;
    let hi = p.length - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >>> 1;
      if ((p[mid] as number) <= at) lo = mid;
      else hi = mid;
    }
    return lo;
  }

  /** The gap record at `i` (a negative `i` counts from the end), or undefined outside. */
  at(i: number): Gap | undefined {
    const k = i < 0 ? this.length + i : i;
    if (!Number.isInteger(k) || k < 0 || k >= this.length) return undefined;
    this.made ??= new Array<Gap | undefined>(this.length);
    let gap = this.made[k];
    if (gap === undefined) {
      gap = {
        from: this.from(k),
        to: this.to(k),
        fromEnd: this.fromEnd(k),
        toEnd: this.toEnd(k),
        minutes: this.minutes(k),
        status: this.status(k),
        longest: this.isLongest(k),
      };
      this.made[k] = gap;
    }
    return gap;
  }

  *[Symbol.iterator](): Iterator<Gap> {
    for (let i = 0; i < this.length; i++) yield this.at(i) as Gap;
  }

  map<T>(fn: (gap: Gap, index: number) => T): T[] {
    const out = new Array<T>(this.length);
    for (let i = 0; i < this.length; i++) out[i] = fn(this.at(i) as Gap, i);
    return out;
  }

  /** The first gap `test` accepts, read by index (nothing is made for the others). */
  findIndex(test: (list: GapList, index: number) => boolean): number {
    for (let i = 0; i < this.length; i++) if (test(this, i)) return i;
    return -1;
  }

  toArray(): Gap[] {
    return this.map((gap) => gap);
  }

  /** As JSON, the list is the array of its gaps. */
  toJSON(): Gap[] {
    return this.toArray();
  }

  private check(i: number): void {
    if (!Number.isInteger(i) || i < 0 || i >= this.length) {
      throw new RangeError(`no gap ${i} in a list of ${this.length}`);
    }
  }

  private point(i: number): EpochMs {
    const p = this.points[i];
    if (p === undefined || !Number.isInteger(i)) {
      throw new RangeError(`no gap end ${i} in a list of ${this.length} gaps`);
    }
    return p;
  }
}

/** The gap list from A through the moments' instants (distinct, in order) to the end. */
export function gapListOf(
  alert: EpochMs,
  instants: ArrayLike<EpochMs>,
  end: { readonly instant: EpochMs; readonly kind: EndKind },
  target: Target,
): GapList {
  const points = new Float64Array(instants.length + 2);
  points[0] = alert;
  for (let i = 0; i < instants.length; i++) points[i + 1] = instants[i] as EpochMs;
  points[instants.length + 1] = end.instant;
  return new GapList(points, end.kind, target);
}
