/**
 * Reads one timestamp as written in a file: ISO 8601 with or without an offset (`Z`,
 * `+05:30`, `-0600`, `2024-03-05 14:05`, `2024-03-05T14:05:00.123`) or a slashed date
 * (`05/03/2024 14:05`, optionally with AM/PM) read day-first or month-first. Times
 * without an offset are read in the chosen zone. The input is capped in length before
 * any regex, and the regexes are anchored with no nested quantifiers (no ReDoS).
 */
import {
  localTimeToInstant,
  wallTimeAsUtc,
  type WallTime,
} from '../../domain/time/localTimeToInstant';

export interface TimestampContext {
  /** Zone for offset-less times: a valid IANA name or `UTC`. */
  readonly timeZone: string;
  readonly dateOrder: 'day-first' | 'month-first';
}

export type ParsedTimestamp =
  | {
      readonly ok: true;
      readonly ms: number;
      /** The written offset, or the zone's offset at that instant. */
      readonly offsetMinutes: number;
      readonly hadOffset: boolean;
    }
  | { readonly ok: false; readonly reason: string };

const MAX_LENGTH = 64;
const ZONE = '(Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)';
const TIME = '(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?';
const ISO = new RegExp(`^(\\d{4})-(\\d{2})-(\\d{2})(?:T| +)${TIME} ?${ZONE}?$`, 'i');
const SLASHED = new RegExp(
  `^(\\d{1,2})/(\\d{1,2})/(\\d{4})(?:T|,? +)${TIME} ?([AP]M)? ?${ZONE}?$`,
  'i',
);

const fail = (reason: string): ParsedTimestamp => ({ ok: false, reason });

/** Quotes a value for a message, shortened so a hostile cell cannot flood the report. */
export function quoteValue(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}

export function parseTimestamp(input: string, context: TimestampContext): ParsedTimestamp {
  const text = input.trim();
  if (text === '') return fail('missing time');
  if (text.length > MAX_LENGTH) return fail(`unreadable time ${quoteValue(text)}`);
  let fields: readonly (string | undefined)[];
  let year: string | undefined;
  let month: string | undefined;
  let day: string | undefined;
  const iso = ISO.exec(text);
  if (iso !== null) {
    [year, month, day] = [iso[1], iso[2], iso[3]];
    fields = [iso[4], iso[5], iso[6], iso[7], undefined, iso[8]];
  } else {
    const slashed = SLASHED.exec(text);
    if (slashed === null) return fail(`unreadable time ${quoteValue(text)}`);
    const dayFirst = context.dateOrder === 'day-first';
    [day, month] = dayFirst ? [slashed[1], slashed[2]] : [slashed[2], slashed[1]];
    year = slashed[3];
    fields = [slashed[4], slashed[5], slashed[6], slashed[7], slashed[8], slashed[9]];
  }
  const [hourText, minuteText, secondText, fractionText, meridiem, zoneText] = fields;
  const wall = toWallTime(
    Number(year),
    Number(month),
    Number(day),
    Number(hourText),
    meridiem,
    Number(minuteText),
    Number(secondText ?? '0'),
    Number((fractionText ?? '0').slice(0, 3).padEnd(3, '0')),
  );
  if (wall === null) return fail(`impossible date or time ${quoteValue(text)}`);

  if (zoneText !== undefined) {
    const offset = parseOffset(zoneText);
    if (offset === null) return fail(`impossible offset in ${quoteValue(text)}`);
    return {
      ok: true,
      ms: wallTimeAsUtc(wall) - offset * 60_000,
      offsetMinutes: offset,
      hadOffset: true,
    };
  }
  const zoned = localTimeToInstant(wall, context.timeZone);
  if (zoned === null) {
    return fail(
      `${quoteValue(text)} does not exist in ${context.timeZone} (skipped by a daylight-saving change)`,
    );
  }
  return { ok: true, ms: zoned.ms, offsetMinutes: zoned.offsetMinutes, hadOffset: false };
}

function toWallTime(
  year: number,
  month: number,
  day: number,
  rawHour: number,
  meridiem: string | undefined,
  minute: number,
  second: number,
  millisecond: number,
): WallTime | null {
  let hour = rawHour;
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return null;
    const pm = meridiem.toUpperCase() === 'PM';
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  if (
    year < 1000 ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    return null;
  }
  const daysInMonth = new Date(Date.UTC(2000, month, 0)).getUTCDate();
  const leapFix = month === 2 && day === 29 && !isLeapYear(year);
  if (day > daysInMonth || leapFix) return null;
  return { year, month, day, hour, minute, second, millisecond };
}

const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** `Z`, `UTC`, `GMT`, `±HH`, `±HHMM`, `±HH:MM` → minutes east of UTC; null when impossible. */
export function parseOffset(text: string): number | null {
  const upper = text.toUpperCase();
  if (upper === 'Z' || upper === 'UTC' || upper === 'GMT') return 0;
  const sign = text.startsWith('-') ? -1 : 1;
  const digits = text.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
  if (hours > 18 || minutes > 59) return null;
  return sign * (hours * 60 + minutes) || 0; // never -0
}
