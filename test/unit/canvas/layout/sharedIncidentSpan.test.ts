import { describe, expect, it } from 'vitest';
import { sharedIncidentSpan } from '../../../../src/canvas/layout/sharedIncidentSpan';
import { incidentSpan } from '../../../../src/canvas/layout/timelineScene';
import type { CommunicationKind } from '../../../../src/domain/model';

const T0 = Date.UTC(2026, 0, 1, 10);
const min = (m: number) => T0 + m * 60_000;

/** Messages whose instants count their reads. */
function watched(spec: [number, CommunicationKind][]) {
  const reads = { n: 0 };
  const list = spec.map(([m, kind], order) => ({
    kind,
    order,
    get instant() {
      reads.n++;
      return min(m);
    },
  }));
  return { list, reads };
}

describe('sharedIncidentSpan', () => {
  it('gives incidentSpan, made once per list of messages and pair of ends', () => {
    const { list, reads } = watched([
      [5, 'update'],
      [40, 'resolution'],
      [600, 'follow-up'],
    ]);
    const span = sharedIncidentSpan(min(0), null, list);
    expect(span).toEqual(incidentSpan({ alert: min(0), resolution: null }, list));
    const afterFirst = reads.n;
    expect(sharedIncidentSpan(min(0), null, list)).toBe(span);
    expect(reads.n).toBe(afterFirst);
    // Other ends, or another list with the same messages: made again.
    const moved = sharedIncidentSpan(min(-10), min(45), list);
    expect(moved).toEqual(incidentSpan({ alert: min(-10), resolution: min(45) }, list));
    expect(moved?.fit.start).toBe(min(-10));
    const copy = [...list];
    const before = reads.n;
    expect(sharedIncidentSpan(min(-10), min(45), copy)).toEqual(moved);
    expect(reads.n).toBeGreaterThan(before);
  });
});
