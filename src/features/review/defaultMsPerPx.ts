import type { Incident } from '../../domain/model';

/** The zoom assumed when no drawing tells us: one minute per pixel. */
export const FALLBACK_MS_PER_PX = 60_000;

/**
 * The zoom at which a new note's place is chosen from the table: the incident (alert to
 * resolution) across 900 pixels, or one minute per pixel when its span is unknown.
 */
export function defaultMsPerPx(incident: Pick<Incident, 'alert' | 'resolution'>): number {
  const { alert, resolution } = incident;
  if (alert === null || resolution === null || resolution <= alert) return FALLBACK_MS_PER_PX;
  return (resolution - alert) / 900;
}
