/** Display only: the JSON report keeps exact values. */

/** Minutes rounded to one decimal, a trailing `.0` dropped: `12`, `20.4`, `−3`. */
export function formatMinutes(minutes: number): string {
  const rounded = Math.round(minutes * 10) / 10;
  const text = String(Object.is(rounded, -0) ? 0 : Math.abs(rounded));
  return rounded < 0 ? `\u2212${text}` : text;
}

/** A share 0–1 as a percentage with one decimal at most: `87.5%`. */
export function formatShare(share: number): string {
  return `${formatMinutes(share * 100)}%`;
}
