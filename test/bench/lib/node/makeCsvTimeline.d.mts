/** A seeded CSV timeline of `communications` rows (see makeCsvTimeline.mjs). */
export function makeCsvTimeline(
  communications: number,
  seed?: number,
): { readonly csv: string; readonly instants: number[] };
