import { renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useLastResult } from '../../../src/ui/useLastResult';

interface Input {
  readonly list: readonly number[];
  readonly width: number;
}

function setup() {
  const build = vi.fn((input: Input) => ({ total: input.list.length * input.width }));
  const hook = renderHook(({ input }: { input: Input }) => useLastResult(build)(input), {
    initialProps: { input: { list: [1, 2, 3], width: 10 } },
  });
  return { build, hook };
}

describe('useLastResult', () => {
  it('makes the result again only when a field of the input changed', () => {
    const { build, hook } = setup();
    const list = [1, 2, 3];
    hook.rerender({ input: { list, width: 10 } });
    const first = hook.result.current;
    expect(build).toHaveBeenCalledTimes(2); // a new array is a change
    // A new input object with the very same fields: the kept result, not built again.
    hook.rerender({ input: { list, width: 10 } });
    hook.rerender({ input: { list, width: 10 } });
    expect(build).toHaveBeenCalledTimes(2);
    expect(hook.result.current).toBe(first);
    hook.rerender({ input: { list, width: 20 } });
    expect(build).toHaveBeenCalledTimes(3);
    expect(hook.result.current).toEqual({ total: 60 });
  });

  it('keeps one result per component: another one builds its own', () => {
    const a = setup();
    const b = setup();
    expect(a.build).toHaveBeenCalledTimes(1);
    expect(b.build).toHaveBeenCalledTimes(1);
  });
});
