import type { EpochMs } from '../model';
import { localTimeToInstant } from './localTimeToInstant';

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/;

/**
 * Reads a `datetime-local` value (`2026-10-13T13:12`, seconds optional) as a wall-clock
 * time in `zone`. A time that does not exist there (skipped by a daylight-saving change)
 * gives null; a repeated one takes the earlier instant (`../shared/spec/gaps.md`, Time).
 * Same rule as the spreadsheet import: both call `localTimeToInstant`.
 */
export function parseLocalDateTime(value: string, zone: string): EpochMs | null {
  const m = LOCAL.exec(value.trim());
  if (m === null) return null;
  const num = (i: number): number => Number(m[i] ?? '0');
  const [year, month, day, hour, minute, second] = [num(1), num(2), num(3), num(4), num(5), num(6)];
  const millisecond = Number((m[7] ?? '0').padEnd(3, '0'));
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return null;
  const check = new Date(Date.UTC(2000, month - 1, day));
  check.setUTCFullYear(year);
  if (check.getUTCDate() !== day) return null; // 31 April and the like
  return (
    localTimeToInstant({ year, month, day, hour, minute, second, millisecond }, zone)?.ms ?? null
  );
}
