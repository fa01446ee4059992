import { describe, expect, it } from 'vitest';
import { byInstantThenOrder, inTimeOrder } from '../../../src/domain/inTimeOrder';

const c = (id: string, instant: number, order: number) => ({ id, instant, order });

describe('inTimeOrder', () => {
  it('hands back the very list when it is in time order already (no copy)', () => {
    const list = [c('a', 1, 0), c('b', 1, 1), c('c', 5, 2)];
    expect(inTimeOrder(list)).toBe(list);
    const empty: ReturnType<typeof c>[] = [];
    expect(inTimeOrder(empty)).toBe(empty);
  });

  it('sorts a copy by instant, ties in import order, leaving the input as it was', () => {
    const list = [c('late', 9, 0), c('second', 3, 2), c('first', 3, 1), c('early', 1, 3)];
    const sorted = inTimeOrder(list);
    expect(sorted).not.toBe(list);
    expect(sorted.map((x) => x.id)).toEqual(['early', 'first', 'second', 'late']);
    expect(list.map((x) => x.id)).toEqual(['late', 'second', 'first', 'early']);
    expect([...list].sort(byInstantThenOrder)).toEqual(sorted);
  });
});
