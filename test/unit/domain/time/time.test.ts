import { describe, expect, it } from 'vitest';
import { formatDateTime } from '../../../../src/domain/time/formatDateTime';
import { formatInstant } from '../../../../src/domain/time/formatInstant';
import { formatOffset } from '../../../../src/domain/time/formatOffset';
import { isValidTimeZone } from '../../../../src/domain/time/isValidTimeZone';
import { listTimeZones } from '../../../../src/domain/time/listTimeZones';
import { parseLocalDateTime } from '../../../../src/domain/time/parseLocalDateTime';
import { toLocalDateTimeValue } from '../../../../src/domain/time/toLocalDateTimeValue';
import { zoneOffsetMinutes } from '../../../../src/domain/time/zoneOffsetMinutes';

const iso = (s: string): number => Date.parse(s);

describe('formatOffset', () => {
  it('uses a real minus sign and two-digit hours and minutes', () => {
    expect(formatOffset(-180)).toBe('UTC\u221203:00');
    expect(formatOffset(330)).toBe('UTC+05:30');
    expect(formatOffset(-570)).toBe('UTC\u221209:30');
  });
  it('writes zero as UTC+00:00', () => {
    expect(formatOffset(0)).toBe('UTC+00:00');
  });
});

describe('zoneOffsetMinutes', () => {
  it('finds fixed and daylight-saving offsets', () => {
    expect(zoneOffsetMinutes(iso('2026-10-13T16:12:00Z'), 'America/Sao_Paulo')).toBe(-180);
    expect(zoneOffsetMinutes(iso('2026-07-01T12:00:00Z'), 'Europe/Madrid')).toBe(120);
    expect(zoneOffsetMinutes(iso('2026-01-15T12:00:00Z'), 'Europe/Madrid')).toBe(60);
    expect(zoneOffsetMinutes(iso('2026-01-15T12:00:00Z'), 'Asia/Kolkata')).toBe(330);
    expect(zoneOffsetMinutes(iso('2026-01-15T12:00:00Z'), 'UTC')).toBe(0);
    expect(zoneOffsetMinutes(iso('2026-01-15T12:00:00Z'), 'Etc/UTC')).toBe(0);
  });
  it('changes exactly at the daylight-saving switch', () => {
    // Europe/Madrid springs forward at 2026-03-29 01:00 UTC.
    expect(zoneOffsetMinutes(iso('2026-03-29T00:59:59Z'), 'Europe/Madrid')).toBe(60);
    expect(zoneOffsetMinutes(iso('2026-03-29T01:00:00Z'), 'Europe/Madrid')).toBe(120);
  });
});

describe('formatInstant and formatDateTime', () => {
  it('gives hours:minutes then the offset', () => {
    expect(formatInstant(iso('2026-10-13T17:05:00Z'), 'America/Sao_Paulo', 'en')).toBe(
      '14:05 UTC\u221203:00',
    );
    expect(formatInstant(iso('2026-10-13T00:05:00Z'), 'UTC', 'en')).toBe('00:05 UTC+00:00');
  });
  it('includes the date in the locale', () => {
    const ms = iso('2026-10-13T17:05:00Z');
    expect(formatDateTime(ms, 'America/Sao_Paulo', 'en')).toBe(
      'Oct 13, 2026, 14:05 UTC\u221203:00',
    );
    expect(formatDateTime(ms, 'America/Sao_Paulo', 'es')).toContain('oct');
    expect(formatDateTime(ms, 'America/Sao_Paulo', 'es')).toContain('14:05 UTC\u221203:00');
  });
  it('shows the date of the zone, not of UTC', () => {
    expect(formatDateTime(iso('2026-10-14T01:30:00Z'), 'America/Sao_Paulo', 'en')).toBe(
      'Oct 13, 2026, 22:30 UTC\u221203:00',
    );
  });
});

describe('isValidTimeZone', () => {
  it('accepts IANA names, UTC and Etc/UTC', () => {
    for (const z of ['UTC', 'Etc/UTC', 'Europe/Madrid', 'America/Sao_Paulo', 'Europe/Kiev']) {
      expect(isValidTimeZone(z)).toBe(true);
    }
  });
  it('rejects unknown names and empty strings', () => {
    for (const z of ['', '  ', 'Mars/Olympus_Mons', 'Europe/Nowhere']) {
      expect(isValidTimeZone(z)).toBe(false);
    }
  });
});

describe('listTimeZones', () => {
  it('starts with UTC and lists each zone once, every one valid', () => {
    const zones = listTimeZones();
    expect(zones[0]).toBe('UTC');
    expect(zones).toContain('Europe/Madrid');
    expect(new Set(zones).size).toBe(zones.length);
    expect(zones.every(isValidTimeZone)).toBe(true);
  });
});

describe('parseLocalDateTime', () => {
  it('reads a datetime-local value in the zone', () => {
    expect(parseLocalDateTime('2026-10-13T13:12', 'America/Sao_Paulo')).toBe(
      iso('2026-10-13T16:12:00Z'),
    );
    expect(parseLocalDateTime('2026-10-13T13:12:30', 'UTC')).toBe(iso('2026-10-13T13:12:30Z'));
    expect(parseLocalDateTime('2026-10-13T13:12:30.5', 'UTC')).toBe(
      iso('2026-10-13T13:12:30.500Z'),
    );
  });
  it('rejects a local time skipped by daylight saving', () => {
    expect(parseLocalDateTime('2026-03-29T02:30', 'Europe/Madrid')).toBeNull();
  });
  it('takes the earlier instant of a repeated local time', () => {
    expect(parseLocalDateTime('2026-10-25T02:30', 'Europe/Madrid')).toBe(
      iso('2026-10-25T00:30:00Z'),
    );
  });
  it('rejects malformed and impossible dates', () => {
    for (const v of ['', 'yesterday', '2026-02-30T10:00', '2026-13-01T10:00', '2026-10-13T24:00']) {
      expect(parseLocalDateTime(v, 'UTC')).toBeNull();
    }
  });
  it('round-trips with toLocalDateTimeValue', () => {
    const ms = iso('2026-10-13T16:12:00Z');
    expect(toLocalDateTimeValue(ms, 'America/Sao_Paulo')).toBe('2026-10-13T13:12');
    expect(toLocalDateTimeValue(ms + 30_000, 'America/Sao_Paulo')).toBe('2026-10-13T13:12:30');
    expect(parseLocalDateTime(toLocalDateTimeValue(ms, 'Europe/Madrid'), 'Europe/Madrid')).toBe(ms);
  });
});
