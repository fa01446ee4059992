import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDate } from '../../../../src/domain/time/formatDate';
import { formatInstant } from '../../../../src/domain/time/formatInstant';
import {
  wallClock,
  wallClockFromIntl,
  zoneOffsetSeconds,
} from '../../../../src/domain/time/wallClock';

// Zones with daylight saving, half- and quarter-hour offsets, negative DST, 30-minute DST,
// a skipped day (Apia, 2011) and odd historic offsets (Monrovia −0:44:30 until 1972).
const ZONES = [
  'UTC',
  'Europe/Madrid',
  'America/Sao_Paulo',
  'America/New_York',
  'America/St_Johns',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'Pacific/Apia',
  'Europe/Dublin',
  'Africa/Monrovia',
  'Antarctica/Troll',
];

/** The offset as Intl gives it, computed independently of the code under test. */
function intlOffsetSeconds(ms: number, zone: string): number {
  const w = wallClockFromIntl(ms, zone);
  const d = new Date(Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second));
  d.setUTCFullYear(w.year);
  return (d.getTime() - Math.floor(ms / 1000) * 1000) / 1000;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('wallClock (Intl asked once per zone and quarter hour)', () => {
  it('reads the same clock as Intl for any instant from 1850 to 2250 in tricky zones', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1850, 0, 1), max: Date.UTC(2250, 0, 1) }),
        fc.constantFrom(...ZONES),
        (ms, zone) => {
          expect(wallClock(ms, zone)).toEqual(wallClockFromIntl(ms, zone));
          expect(zoneOffsetSeconds(ms, zone)).toBe(intlOffsetSeconds(ms, zone));
        },
      ),
      { numRuns: 3_000 },
    );
  });

  it('is exact on each side of a daylight-saving change, to the second', () => {
    const changes: [string, string][] = [
      ['Europe/Madrid', '2026-03-29T01:00:00Z'],
      ['Europe/Madrid', '2026-10-25T01:00:00Z'],
      ['America/New_York', '2026-03-08T07:00:00Z'],
      ['Australia/Lord_Howe', '2026-04-04T15:00:00Z'],
      ['Pacific/Chatham', '2026-04-04T14:00:00Z'],
      ['Africa/Monrovia', '1972-01-07T00:44:30Z'],
    ];
    for (const [zone, at] of changes) {
      const change = Date.parse(at);
      for (const delta of [-60_000, -1_001, -1_000, -1, 0, 1, 999, 1_000, 60_000]) {
        const ms = change + delta;
        expect(wallClock(ms, zone), `${zone} ${at} ${delta}`).toEqual(wallClockFromIntl(ms, zone));
        expect(zoneOffsetSeconds(ms, zone)).toBe(intlOffsetSeconds(ms, zone));
      }
      expect(zoneOffsetSeconds(change - 1_000, zone)).not.toBe(zoneOffsetSeconds(change, zone));
    }
  });

  it('asks Intl a few times, not once per instant, for a thousand messages in an hour', () => {
    const spy = vi.spyOn(Intl.DateTimeFormat.prototype, 'formatToParts');
    const start = Date.UTC(2031, 4, 6, 10, 0, 0);
    for (let i = 0; i < 1_000; i++) formatInstant(start + i * 3_600, 'Europe/Madrid');
    // four quarter hours, two readings each
    expect(spy.mock.calls.length).toBeLessThanOrEqual(8);
  });

  it('throws on an unknown zone, as Intl does', () => {
    expect(() => wallClock(Date.UTC(2026, 0, 1), 'Mars/Olympus_Mons')).toThrow(RangeError);
  });
});

describe('formatDate (one Intl call per calendar day)', () => {
  it('writes what Intl writes, in English and Spanish', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1850, 0, 1), max: Date.UTC(2250, 0, 1) }),
        fc.constantFrom(...ZONES),
        fc.constantFrom('en-US', 'es-ES'),
        (ms, zone, locale) => {
          const intl = new Intl.DateTimeFormat(locale, { timeZone: zone, dateStyle: 'medium' });
          expect(formatDate(ms, zone, locale)).toBe(intl.format(new Date(ms)));
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('changes at local midnight, not UTC midnight', () => {
    const zone = 'America/Sao_Paulo';
    const before = Date.parse('2026-10-14T02:59:59Z');
    const after = Date.parse('2026-10-14T03:00:00Z');
    expect(formatDate(before, zone, 'en-US')).toBe('Oct 13, 2026');
    expect(formatDate(after, zone, 'en-US')).toBe('Oct 14, 2026');
  });
});
