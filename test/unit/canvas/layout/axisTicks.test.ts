import { describe, expect, it } from 'vitest';
import { axisTicks, chooseTickStep } from '../../../../src/canvas/layout/axisTicks';

const MIN = 60_000;
const iso = (s: string) => Date.parse(s);

describe('axis ticks', () => {
  it('picks minutes when zoomed in, hours and days when zoomed out', () => {
    expect(chooseTickStep(100 / (5 * MIN))).toBe(5 * MIN);
    expect(chooseTickStep(100 / (60 * MIN))).toBe(60 * MIN);
    expect(chooseTickStep(100 / (2 * 1_440 * MIN))).toBe(2 * 1_440 * MIN);
  });

  it('aligns ticks to the wall clock of the zone, not to UTC', () => {
    const ticks = axisTicks(
      iso('2024-03-05T14:07:00-03:00'),
      iso('2024-03-05T15:00:00-03:00'),
      15 * MIN,
      'America/Sao_Paulo',
    );
    expect(ticks.map((t) => new Date(t.instant).toISOString())).toEqual([
      '2024-03-05T17:15:00.000Z',
      '2024-03-05T17:30:00.000Z',
      '2024-03-05T17:45:00.000Z',
      '2024-03-05T18:00:00.000Z',
    ]);
  });

  it('marks local midnights so the date can be shown', () => {
    const ticks = axisTicks(
      iso('2024-03-05T20:00:00+05:30'),
      iso('2024-03-06T04:00:00+05:30'),
      360 * MIN,
      'Asia/Kolkata',
    );
    const midnights = ticks.filter((t) => t.midnight).map((t) => new Date(t.instant).toISOString());
    expect(midnights).toEqual(['2024-03-05T18:30:00.000Z']);
  });

  it('keeps hourly ticks on the hour across a daylight-saving change', () => {
    const ticks = axisTicks(
      iso('2024-03-31T00:30:00Z'),
      iso('2024-03-31T03:30:00Z'),
      60 * MIN,
      'Europe/Madrid',
    );
    // Madrid skips 02:00–03:00 local (01:00 UTC): ticks at 03:00, 04:00 and 05:00 CEST.
    expect(ticks.map((t) => new Date(t.instant).toISOString())).toEqual([
      '2024-03-31T01:00:00.000Z',
      '2024-03-31T02:00:00.000Z',
      '2024-03-31T03:00:00.000Z',
    ]);
  });

  it('is bounded however long the span', () => {
    expect(axisTicks(0, 10 ** 13, MIN, 'UTC')).toHaveLength(500);
    expect(axisTicks(10, 0, MIN, 'UTC')).toEqual([]);
  });
});
