import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMUNICATION_KINDS } from '../../../src/domain/model';
import { shareDecodedStrings } from '../../../src/domain/shareDecodedStrings';
import { makeCommunication } from '../../factories/makeRecords';
import { isInternalized } from '../isInternalized';

const decoded = (n: number) =>
  structuredClone(
    Array.from({ length: n }, (_, i) =>
      makeCommunication({
        id: `c${i}`,
        kind: COMMUNICATION_KINDS[i % COMMUNICATION_KINDS.length] ?? 'update',
        channelId: `channel-${i % 3}`,
      }),
    ),
  );

describe('shareDecodedStrings', () => {
  it("makes a decoded message's kind the code's own string", () => {
    const list = decoded(8);
    // What a structured clone gives: a string of its own, compared character by character.
    expect(list.some((c) => isInternalized(c.kind))).toBe(false);
    shareDecodedStrings(list);
    expect(list.every((c) => isInternalized(c.kind))).toBe(true);
  });

  it('changes no value of any message', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            kind: fc.constantFrom(...COMMUNICATION_KINDS),
            channelId: fc.string({ maxLength: 6 }),
            reviewId: fc.constantFrom('r1', 'r2', ''),
          }),
          { maxLength: 30 },
        ),
        (spec) => {
          const original = spec.map((s, i) => makeCommunication({ id: `c${i}`, ...s }));
          const list = structuredClone(original);
          const shared = new Map<string, string>();
          shareDecodedStrings(list.slice(0, 10), shared);
          shareDecodedStrings(list.slice(10), shared);
          expect(list).toEqual(original);
        },
      ),
      { numRuns: 200 },
    );
  });
});
