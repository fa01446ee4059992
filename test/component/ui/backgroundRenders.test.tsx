/**
 * What keeps a big page's renders in short tasks while it is being put together (issue
 * "Fast at real sizes"): the parts added a frame apart come in background renders
 * (transitions), and a value that changes every few milliseconds (an import's progress)
 * reaches its component as an ordinary update, not a synchronous one.
 *
 * React renders a synchronous update together with every ordinary update pending, in one
 * task; a transition it leaves for later, in tasks of its own. The tests make a
 * synchronous update (`flushSync`) right after the frame that adds a part, before React's
 * scheduler has run: an ordinary update would be rendered in it, a transition is not.
 */
import { cleanup, render } from '@testing-library/react';
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryReviewGateway } from '../../../src/persistence/MemoryReviewGateway';
import type { AppState } from '../../../src/store/AppState';
import { StoreProvider } from '../../../src/store/StoreProvider';
import { createAppStore } from '../../../src/store/createAppStore';
import { useAppStore } from '../../../src/store/useAppStore';
import { useAppStoreUnhurried } from '../../../src/store/useAppStoreUnhurried';
import { ImportSaveBanner } from '../../../src/features/review/ImportSaveBanner';
import { I18nProvider } from '../../../src/i18n/I18nProvider';
import { useAddedPerFrame } from '../../../src/ui/useAddedPerFrame';
import { useFrameAfter } from '../../../src/ui/useFrameAfter';

type ActGlobal = typeof globalThis & { IS_REACT_ACT_ENVIRONMENT?: boolean };

let frames: FrameRequestCallback[] = [];
/** Runs the animation frames asked for so far, as the browser would (outside React). */
const runFrames = () => {
  const now = frames;
  frames = [];
  for (const run of now) run(performance.now());
};
/** Lets React's scheduler (a macrotask) and anything it queued run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 30));
/** Only the microtasks already queued, and the ones they queue: not React's scheduler. */
const microtasks = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

beforeEach(() => {
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (run: FrameRequestCallback) => frames.push(run));
  vi.stubGlobal('cancelAnimationFrame', () => undefined);
  // The updates here are made as the browser makes them, outside `act`.
  (globalThis as ActGlobal).IS_REACT_ACT_ENVIRONMENT = false;
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  (globalThis as ActGlobal).IS_REACT_ACT_ENVIRONMENT = true;
});

let setUrgent: (n: number) => void = () => undefined;

function Parts() {
  const added = useAddedPerFrame(3);
  const [urgent, set] = useState(0);
  setUrgent = set;
  return <p data-testid="out">{`${added} parts, urgent ${urgent}`}</p>;
}

function After() {
  const after = useFrameAfter(true);
  const [urgent, set] = useState(0);
  setUrgent = set;
  return <p data-testid="out">{`${after ? 'after' : 'before'}, urgent ${urgent}`}</p>;
}

const shown = () => document.querySelector('[data-testid="out"]')?.textContent;

describe('parts added a frame apart', () => {
  it('useAddedPerFrame: the next part comes in a background render, not an urgent one', async () => {
    render(<Parts />);
    await settle();
    expect(shown()).toBe('1 parts, urgent 0');
    runFrames();
    flushSync(() => setUrgent(1));
    expect(shown()).toBe('1 parts, urgent 1');
    await settle();
    expect(shown()).toBe('2 parts, urgent 1');
    runFrames();
    await settle();
    expect(shown()).toBe('3 parts, urgent 1');
    runFrames();
    await settle();
    expect(frames).toHaveLength(0);
  });

  it('useFrameAfter: the flag turns in a background render, not in an urgent one', async () => {
    render(<After />);
    await settle();
    expect(shown()).toBe('before, urgent 0');
    runFrames();
    flushSync(() => setUrgent(1));
    expect(shown()).toBe('before, urgent 1');
    await settle();
    expect(shown()).toBe('after, urgent 1');
  });
});

describe('useAppStoreUnhurried', () => {
  const store = () => createAppStore(new MemoryReviewGateway());
  const progress = (s: AppState) => s.importSave?.written ?? -1;

  function Eager() {
    return <p data-testid="eager">{useAppStore(progress)}</p>;
  }
  function Unhurried() {
    return <p data-testid="unhurried">{useAppStoreUnhurried(progress)}</p>;
  }
  const both = () =>
    ['eager', 'unhurried']
      .map((id) => `${id} ${document.querySelector(`[data-testid="${id}"]`)?.textContent}`)
      .join(', ');

  const saving = (written: number): Partial<AppState> => ({
    importSave: { reviewId: 'r1', written, total: 100, error: null },
  });

  it('follows the store, rendering a change after its own task rather than in it', async () => {
    const app = store();
    // Two roots: React renders a root's synchronous update with its other pending ones.
    for (const view of [<Eager key="e" />, <Unhurried key="u" />]) {
      render(<StoreProvider store={app}>{view}</StoreProvider>);
    }
    await settle();
    expect(both()).toBe('eager -1, unhurried -1');
    app.setState(saving(10));
    await microtasks();
    // useSyncExternalStore rendered the change at once; this one waits for the scheduler.
    expect(both()).toBe('eager 10, unhurried -1');
    await settle();
    expect(both()).toBe('eager 10, unhurried 10');
    app.setState(saving(20));
    app.setState(saving(30));
    await settle();
    expect(both()).toBe('eager 30, unhurried 30');
  });

  it('reads with a new selector, and stops listening when unmounted', async () => {
    const app = store();
    app.setState(saving(40));
    let listeners = 0;
    const subscribe = app.subscribe;
    app.subscribe = (listener) => {
      listeners += 1;
      const off = subscribe(listener);
      return () => {
        listeners -= 1;
        off();
      };
    };
    function Pick({ total }: { total: boolean }) {
      const value = useAppStoreUnhurried(total ? totalOf : progress);
      return <p data-testid="out">{value}</p>;
    }
    const totalOf = (s: AppState) => s.importSave?.total ?? -1;
    const view = render(
      <StoreProvider store={app}>
        <Pick total={false} />
      </StoreProvider>,
    );
    await settle();
    expect(shown()).toBe('40');
    view.rerender(
      <StoreProvider store={app}>
        <Pick total />
      </StoreProvider>,
    );
    await settle();
    expect(shown()).toBe('100');
    expect(listeners).toBe(1);
    view.unmount();
    expect(listeners).toBe(0);
  });

  it("the import's progress on the review page is such a value", async () => {
    const app = store();
    app.setState(saving(10));
    render(
      <I18nProvider initialLanguage="en">
        <StoreProvider store={app}>
          <ImportSaveBanner reviewId="r1" />
        </StoreProvider>
      </I18nProvider>,
    );
    await settle();
    const bar = () => document.querySelector('progress')?.getAttribute('value');
    expect(bar()).toBe('10');
    app.setState(saving(20));
    await microtasks();
    expect(bar()).toBe('10');
    await settle();
    expect(bar()).toBe('20');
  });
});
