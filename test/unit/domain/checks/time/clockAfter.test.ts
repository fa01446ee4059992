// checks.md, Details: a clock time with no date is the first such time after the message,
// read in a named zone (with daylight saving) or in the message's own offset.
import { describe, expect, it } from 'vitest';
import { clockAfter } from '../../../../../src/domain/checks/time/clockAfter';

const at = (iso: string): number => Date.parse(iso);
const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

describe('clockAfter', () => {
  it('same day when the time is still ahead, next day when it has passed', () => {
    const utc = { kind: 'zone', zone: 'UTC' } as const;
    expect(iso(clockAfter(at('2024-03-05T12:05:00Z'), 12, 30, utc))).toBe(
      '2024-03-05T12:30:00.000Z',
    );
    expect(iso(clockAfter(at('2024-03-05T23:30:00Z'), 0, 15, utc))).toBe(
      '2024-03-06T00:15:00.000Z',
    );
    expect(iso(clockAfter(at('2024-03-05T12:30:00Z'), 12, 30, utc))).toBe(
      '2024-03-06T12:30:00.000Z',
    );
  });

  it('named zones follow daylight saving', () => {
    const london = { kind: 'zone', zone: 'Europe/London' } as const;
    expect(iso(clockAfter(at('2024-07-10T08:05:00Z'), 10, 15, london))).toBe(
      '2024-07-10T09:15:00.000Z',
    );
    expect(iso(clockAfter(at('2024-01-10T08:05:00Z'), 10, 15, london))).toBe(
      '2024-01-10T10:15:00.000Z',
    );
    const madrid = { kind: 'zone', zone: 'Europe/Madrid' } as const;
    expect(iso(clockAfter(at('2024-07-10T06:55:00Z'), 9, 30, madrid))).toBe(
      '2024-07-10T07:30:00.000Z',
    );
  });

  it('a fixed offset is the message’s own: local date first, then the time', () => {
    const minus3 = { kind: 'offset', minutes: -180 } as const;
    // 01:00 UTC on 6 March is 22:00 on 5 March at UTC−3: "23:00" is one hour later.
    expect(iso(clockAfter(at('2024-03-06T01:00:00Z'), 23, 0, minus3))).toBe(
      '2024-03-06T02:00:00.000Z',
    );
  });

  it('"tomorrow" moves to the next local day; a time skipped by daylight saving has no instant', () => {
    const utc = { kind: 'zone', zone: 'UTC' } as const;
    expect(iso(clockAfter(at('2024-03-05T01:00:00Z'), 9, 0, utc, true))).toBe(
      '2024-03-06T09:00:00.000Z',
    );
    const madrid = { kind: 'zone', zone: 'Europe/Madrid' } as const;
    // 31 March 2024: Madrid skips from 02:00 to 03:00.
    expect(clockAfter(at('2024-03-31T00:10:00Z'), 2, 30, madrid)).toBeNull();
  });
});
