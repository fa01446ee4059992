/**
 * Import options with defaults: zone `UTC` (the CLI's default; the app passes the
 * browser's zone), instants from `display_at`, ids from `newId` (a v4 UUID), the real
 * clock, all incidents, day-first slashed dates.
 */
import { newId } from '../domain/newId';
import type { ImportOptions } from './contract';

export function defaultImportOptions(partial: Partial<ImportOptions> = {}): ImportOptions {
  return {
    timeZone: 'UTC',
    instantSource: 'display_at',
    newId,
    now: () => Date.now(),
    fileName: null,
    incidentIds: null,
    dateOrder: 'day-first',
    ...partial,
  };
}
