/**
 * The visible time window of the timeline: time → x and back, Fit, zoom about a point,
 * pan — and the rule that the view never loses the incident (issue "The timeline").
 * Pure: the stage keeps one of these and draws from it.
 */
import type { EpochMs } from '../../domain/model';

export interface TimeViewport {
  /** The instant at x = 0. */
  readonly originMs: EpochMs;
  readonly msPerPx: number;
  readonly widthPx: number;
}

export const MIN_MS_PER_PX = 1_000; // 1 px = 1 s: zoomed in far enough to split a tweet from its post
export const MAX_MS_PER_PX = (7 * 24 * 3_600_000) / 100; // a week fits in 100 px

const clampScale = (msPerPx: number): number =>
  Math.min(MAX_MS_PER_PX, Math.max(MIN_MS_PER_PX, msPerPx));

export const xOf = (v: TimeViewport, ms: EpochMs): number => (ms - v.originMs) / v.msPerPx;
export const instantAt = (v: TimeViewport, x: number): EpochMs => v.originMs + x * v.msPerPx;

/** The whole span [start, end] with `paddingPx` of air on each side. */
export function fitViewport(
  start: EpochMs,
  end: EpochMs,
  widthPx: number,
  paddingPx = 48,
): TimeViewport {
  const usable = Math.max(1, widthPx - 2 * paddingPx);
  const msPerPx = clampScale(Math.max(end - start, 0) / usable || MIN_MS_PER_PX);
  const mid = (start + end) / 2;
  return { originMs: mid - (widthPx / 2) * msPerPx, msPerPx, widthPx };
}

/** Keeps some of [start, end] on screen: at least `keepPx` of the incident stays visible. */
export function keepInView(
  v: TimeViewport,
  start: EpochMs,
  end: EpochMs,
  keepPx = 40,
): TimeViewport {
  const keep = Math.min(keepPx, v.widthPx / 2);
  const left = xOf(v, start);
  const right = xOf(v, end);
  if (right < keep) return { ...v, originMs: end - keep * v.msPerPx };
  if (left > v.widthPx - keep) return { ...v, originMs: start - (v.widthPx - keep) * v.msPerPx };
  return v;
}

/** Zoom by `factor` (> 1 zooms in) keeping the instant under `anchorPx` in place. */
export function zoomAt(v: TimeViewport, factor: number, anchorPx: number): TimeViewport {
  const anchor = instantAt(v, anchorPx);
  const msPerPx = clampScale(v.msPerPx / factor);
  return { ...v, msPerPx, originMs: anchor - anchorPx * msPerPx };
}

/** Pan by `dxPx` (dragging the background to the right shows earlier times). */
export function panBy(v: TimeViewport, dxPx: number): TimeViewport {
  return { ...v, originMs: v.originMs - dxPx * v.msPerPx };
}
