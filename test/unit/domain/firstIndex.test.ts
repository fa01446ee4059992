import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstIndex } from '../../../src/domain/firstIndex';

describe('firstIndex', () => {
  it('is the first index where the test holds, as a scan from the start finds it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -20, max: 20 }), { maxLength: 60 }),
        fc.integer({ min: -25, max: 25 }),
        (values, at) => {
          const list = [...values].sort((a, b) => a - b);
          const past = (i: number) => (list[i] as number) >= at;
          const scanned = list.findIndex((v) => v >= at);
          expect(firstIndex(list.length, past)).toBe(scanned === -1 ? list.length : scanned);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('gives 0 for an empty list', () => {
    expect(firstIndex(0, () => true)).toBe(0);
  });
});
