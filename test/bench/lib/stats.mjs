// Summaries of frame intervals (ms): nearest-rank percentiles, slow-frame counts.

export function percentile(values, p) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1];
}

/** p50, p95, how many frames took over 20 ms (a dropped frame at 60 Hz), of how many. */
export function frameSummary(intervals) {
  return {
    p50: percentile(intervals, 50),
    p95: percentile(intervals, 95),
    slow: intervals.filter((v) => v > 20).length,
    frames: intervals.length,
  };
}

export const ratio = (value, floor) =>
  value === null || floor === null || !(floor > 0) ? null : value / floor;
