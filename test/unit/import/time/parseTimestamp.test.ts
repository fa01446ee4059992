/** Timestamps as written in files (`../shared/spec/gaps.md`, Time). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wallClock } from '../../../../src/domain/time/wallClock';
import { zoneOffsetMinutes } from '../../../../src/domain/time/zoneOffsetMinutes';
import { parseTimestamp, type TimestampContext } from '../../../../src/import/time/parseTimestamp';

const utc: TimestampContext = { timeZone: 'UTC', dateOrder: 'day-first' };
const berlin: TimestampContext = { timeZone: 'Europe/Berlin', dateOrder: 'day-first' };

function ok(text: string, context: TimestampContext = utc) {
  const r = parseTimestamp(text, context);
  if (!r.ok) throw new Error(`${text}: ${r.reason}`);
  return r;
}

describe('parseTimestamp', () => {
  it.each([
    ['2024-03-05T14:05:00Z', '2024-03-05T14:05:00.000Z', 0],
    ['2024-03-05T14:05:00.123Z', '2024-03-05T14:05:00.123Z', 0],
    ['2024-03-05T14:05:00.123456789Z', '2024-03-05T14:05:00.123Z', 0],
    ['2024-03-05T14:05+05:30', '2024-03-05T08:35:00.000Z', 330],
    ['2024-03-05T14:05:00-0600', '2024-03-05T20:05:00.000Z', -360],
    ['2024-03-05 14:05 -03', '2024-03-05T17:05:00.000Z', -180],
    ['2024-03-05 14:05 UTC', '2024-03-05T14:05:00.000Z', 0],
    ['2024-03-05t14:05:00z', '2024-03-05T14:05:00.000Z', 0],
  ])('reads %s with its written offset', (text, iso, offset) => {
    const r = ok(text);
    expect(new Date(r.ms).toISOString()).toBe(iso);
    expect(r.offsetMinutes).toBe(offset);
    expect(r.hadOffset).toBe(true);
  });

  it('never gives a negative zero offset', () => {
    expect(Object.is(ok('2024-03-05T14:05:00-00:00').offsetMinutes, 0)).toBe(true);
  });

  it('reads offset-less times in the chosen zone and keeps the zone offset', () => {
    const r = ok('2024-03-05 14:05', berlin);
    expect(new Date(r.ms).toISOString()).toBe('2024-03-05T13:05:00.000Z');
    expect(r).toMatchObject({ offsetMinutes: 60, hadOffset: false });
    const summer = ok('2024-07-05T14:05:00.123', berlin);
    expect(new Date(summer.ms).toISOString()).toBe('2024-07-05T12:05:00.123Z');
    expect(summer.offsetMinutes).toBe(120);
    const saoPaulo = ok('2024-03-05 14:05', {
      timeZone: 'America/Sao_Paulo',
      dateOrder: 'day-first',
    });
    expect(new Date(saoPaulo.ms).toISOString()).toBe('2024-03-05T17:05:00.000Z');
    expect(saoPaulo.offsetMinutes).toBe(-180);
  });

  it('rejects a local time skipped by a daylight-saving change', () => {
    const r = parseTimestamp('2024-03-31 02:30', berlin);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/does not exist in Europe\/Berlin/);
    // Same wall time in New York's gap (second Sunday of March).
    expect(
      parseTimestamp('2024-03-10 02:15', { timeZone: 'America/New_York', dateOrder: 'day-first' })
        .ok,
    ).toBe(false);
  });

  it('takes the earlier instant of a repeated local time', () => {
    const r = ok('2024-10-27 02:30', berlin); // 02:30 CEST (+2) comes before 02:30 CET (+1)
    expect(new Date(r.ms).toISOString()).toBe('2024-10-27T00:30:00.000Z');
    expect(r.offsetMinutes).toBe(120);
    const after = ok('2024-10-27 03:30', berlin);
    expect(new Date(after.ms).toISOString()).toBe('2024-10-27T02:30:00.000Z');
  });

  it('reads slashed dates day-first or month-first', () => {
    expect(new Date(ok('05/03/2024 14:05').ms).toISOString()).toBe('2024-03-05T14:05:00.000Z');
    const us = { timeZone: 'UTC', dateOrder: 'month-first' } as const;
    expect(new Date(ok('05/03/2024 14:05', us).ms).toISOString()).toBe('2024-05-03T14:05:00.000Z');
    expect(new Date(ok('3/5/2024 2:05 PM', us).ms).toISOString()).toBe('2024-03-05T14:05:00.000Z');
    expect(new Date(ok('3/5/2024 12:05 AM', us).ms).toISOString()).toBe('2024-03-05T00:05:00.000Z');
    expect(new Date(ok('05/03/2024, 14:05:09 +01:00').ms).toISOString()).toBe(
      '2024-03-05T13:05:09.000Z',
    );
  });

  it.each([
    ['', 'missing time'],
    ['   ', 'missing time'],
    ['yesterday', 'unreadable'],
    ['2024-03-05', 'unreadable'],
    ['2023-02-29 10:00', 'impossible'],
    ['2024-04-31 10:00', 'impossible'],
    ['2024-13-01 10:00', 'impossible'],
    ['2024-03-05 24:00', 'impossible'],
    ['2024-03-05 10:60', 'impossible'],
    ['13/13/2024 10:00', 'impossible'],
    ['3/5/2024 13:05 PM', 'impossible'],
    ['2024-03-05 10:00 +19:00', 'impossible offset'],
    ['0999-03-05 10:00', 'impossible'],
  ])('rejects %j', (text, reason) => {
    const r = parseTimestamp(text, utc);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(reason);
  });

  it('accepts 29 February in a leap year', () => {
    expect(new Date(ok('2024-02-29 10:00').ms).toISOString()).toBe('2024-02-29T10:00:00.000Z');
  });

  it('answers quickly on ReDoS-shaped input and quotes only a short excerpt', () => {
    const hostile = [
      'a'.repeat(100_000) + '!',
      '2024-03-05 ' + ' '.repeat(100_000) + 'x',
      '1'.repeat(100_000),
      '2024-03-05T14:05:00.' + '9'.repeat(100_000),
      '05/03/2024' + ' '.repeat(50_000) + '14:05' + ' '.repeat(50_000) + 'PM!',
    ];
    for (const text of hostile) {
      const started = performance.now();
      const r = parseTimestamp(text, utc);
      expect(performance.now() - started).toBeLessThan(100);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.reason.length).toBeLessThan(120);
    }
  });
});

describe('parseTimestamp against the zone database (property)', () => {
  it('reads back every wall-clock time a zone shows, picking the earlier of repeated ones', () => {
    const zones = [
      'Europe/Berlin',
      'America/Sao_Paulo',
      'America/New_York',
      'Australia/Lord_Howe',
      'Asia/Kolkata',
      'UTC',
    ];
    const pad = (n: number, w = 2) => String(n).padStart(w, '0');
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: Date.UTC(1990, 0, 1) / 1000, max: Date.UTC(2035, 0, 1) / 1000 }),
        (zone, seconds) => {
          const instant = seconds * 1000;
          const w = wallClock(instant, zone);
          const text = `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`;
          const r = parseTimestamp(text, { timeZone: zone, dateOrder: 'day-first' });
          if (!r.ok) throw new Error(`${zone} ${text}: ${r.reason}`);
          expect(r.ms).toBeLessThanOrEqual(instant);
          expect(wallClock(r.ms, zone)).toEqual(w);
          expect(r.offsetMinutes).toBe(zoneOffsetMinutes(r.ms, zone));
        },
      ),
      { numRuns: 3_000 },
    );
  });
});
