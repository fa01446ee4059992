/**
 * Import options with defaults: zone `UTC` (the CLI's default; the app passes the
 * browser's zone), instants from `display_at`, ids from `crypto.randomUUID`, the real
 * clock, all incidents, day-first slashed dates.
 */
import type { ImportOptions } from './contract';

export function defaultImportOptions(partial: Partial<ImportOptions> = {}): ImportOptions {
  return {
    timeZone: 'UTC',
    instantSource: 'display_at',
    newId: () => crypto.randomUUID(),
    now: () => Date.now(),
    fileName: null,
    incidentIds: null,
    dateOrder: 'day-first',
    ...partial,
  };
}
