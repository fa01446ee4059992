/**
 * The step timer (workshop.md: steps of 10, 10, 15, 15 and 10 minutes): stored in the
 * session as time run plus the running start, so it survives a reload; it re-renders every
 * second while running; over time it says so in words, once in a live region, with an
 * optional chime.
 */
import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeReviewData, CHECKOUT_OUTAGE } from '../support/makeReviewData';
import { renderWorkshop } from './renderWorkshop';

vi.mock('../../../src/features/workshop/StepTools', () => ({ StepTools: () => null }));

const START = Date.parse('2026-11-02T09:00:00Z');

beforeEach(() => {
  // A fake clock and interval; timeouts stay real for user events and the store's writes.
  vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
  vi.setSystemTime(START);
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const timer = () => screen.getByRole('timer', { name: 'Timer' });
const tick = (ms: number) => act(() => vi.advanceTimersByTime(ms));

async function openWalk(data = makeReviewData(CHECKOUT_OUTAGE)) {
  const rendered = await renderWorkshop(data);
  await rendered.user.click(screen.getByRole('tab', { name: /Walk the timeline/ }));
  return rendered;
}

describe('the step timer', () => {
  it('starts, pauses, adds 5 minutes and resets, storing only on those buttons', async () => {
    const { user, store } = await openWalk();
    expect(timer()).toHaveTextContent('10:00');
    expect(timer()).toHaveAttribute('aria-live', 'off');
    expect(screen.getByText('Not started')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Start' }));
    expect(store.getState().current?.session?.timers.walk).toEqual({
      allottedMs: 600_000,
      elapsedMs: 0,
      runningSince: START,
    });
    const session = store.getState().current?.session;
    tick(19_000);
    expect(timer()).toHaveTextContent('09:41');
    expect(screen.getByText('Running')).toBeInTheDocument();
    expect(screen.getByText('Session 00:19 of 60:00')).toBeInTheDocument();
    // Ticking re-renders, it does not write.
    expect(store.getState().current?.session).toBe(session);

    await user.click(screen.getByRole('button', { name: 'Pause' }));
    expect(store.getState().current?.session?.timers.walk).toEqual({
      allottedMs: 600_000,
      elapsedMs: 19_000,
      runningSince: null,
    });
    tick(60_000);
    expect(timer()).toHaveTextContent('09:41');
    expect(screen.getByText('Paused')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '+5 min' }));
    expect(timer()).toHaveTextContent('14:41');
    expect(screen.getByRole('tab', { name: /Walk the timeline/ })).toHaveAccessibleName(
      '1 Walk the timeline · 15 min',
    );
    expect(screen.getByText('Session 00:19 of 65:00')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(timer()).toHaveTextContent('15:00');
    expect(store.getState().current?.session?.timers.walk).toEqual({
      allottedMs: 900_000,
      elapsedMs: 0,
      runningSince: null,
    });
  });

  it('runs one step at a time: starting another step pauses the first', async () => {
    const { user, store } = await openWalk();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    tick(60_000);
    await user.click(screen.getByRole('tab', { name: /Mind the gaps/ }));
    // Looking at another step leaves the running timer alone.
    expect(store.getState().current?.session?.timers.walk.runningSince).toBe(START);
    expect(timer()).toHaveTextContent('10:00');
    await user.click(screen.getByRole('button', { name: 'Start' }));
    const timers = store.getState().current?.session?.timers;
    expect(timers?.walk).toMatchObject({ elapsedMs: 60_000, runningSince: null });
    expect(timers?.gaps.runningSince).toBe(START + 60_000);
    tick(30_000);
    expect(timer()).toHaveTextContent('09:30');
    expect(screen.getByText('Session 01:30 of 60:00')).toBeInTheDocument();
  });

  it('survives a reload: a new store on the same storage shows the running timer', async () => {
    const data = makeReviewData(CHECKOUT_OUTAGE);
    const first = await openWalk(data);
    await first.user.click(screen.getByRole('button', { name: 'Start' }));
    tick(30_000);
    await first.store.getState().actions.flush();
    first.unmount();

    tick(15_000);
    await renderWorkshop(data, { gateway: first.gateway });
    expect(screen.getByRole('tab', { selected: true })).toHaveAccessibleName(/Walk the timeline/);
    expect(timer()).toHaveTextContent('09:15');
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    tick(5_000);
    expect(timer()).toHaveTextContent('09:10');
  });

  it('shows "time is up" in words, announces it once and chimes when Sound is on', async () => {
    const started: number[] = [];
    class FakeAudioContext {
      readonly currentTime = 0;
      readonly destination = {};
      createGain() {
        const param = { setValueAtTime: () => {}, exponentialRampToValueAtTime: () => {} };
        return { gain: param, connect: () => {} };
      }
      createOscillator() {
        return {
          type: 'sine',
          frequency: { setValueAtTime: () => {} },
          onended: null,
          connect: () => {},
          start: (at: number) => started.push(at),
          stop: () => {},
        };
      }
      close() {
        return Promise.resolve();
      }
    }
    vi.stubGlobal('AudioContext', FakeAudioContext);

    const { user, store } = await openWalk();
    const status = screen
      .getByRole('region', { name: 'Step timer' })
      .querySelector('[role="status"]');
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(status).toBeEmptyDOMElement();
    await user.click(screen.getByRole('checkbox', { name: 'Sound' }));
    expect(store.getState().current?.session?.sound).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Start' }));

    tick(599_000);
    expect(timer()).toHaveTextContent('00:01');
    expect(status).toBeEmptyDOMElement();
    tick(1_000);
    expect(timer()).toHaveTextContent('00:00');
    const face = timer().parentElement as HTMLElement;
    expect(face).toHaveClass('is-up');
    expect(within(face).getByText('Time is up')).toBeInTheDocument();
    expect(status).toHaveTextContent('Time is up');
    expect(started).toHaveLength(1);

    tick(80_000);
    expect(timer()).toHaveTextContent('-01:20');
    expect(status).toHaveTextContent('Time is up');
    expect(started).toHaveLength(1);

    // More time: no longer up, and the live region is cleared.
    await user.click(screen.getByRole('button', { name: '+5 min' }));
    expect(timer()).toHaveTextContent('03:40');
    expect(timer().parentElement).not.toHaveClass('is-up');
    expect(status).toBeEmptyDOMElement();
  });

  it('over time at load: shown as up, not announced; no chime when Sound is off', async () => {
    const audio = vi.fn();
    vi.stubGlobal('AudioContext', audio);
    const data = makeReviewData(CHECKOUT_OUTAGE);
    const first = await openWalk(data);
    await first.user.click(screen.getByRole('button', { name: 'Start' }));
    await first.store.getState().actions.flush();
    first.unmount();
    vi.setSystemTime(START + 11 * 60_000);

    await renderWorkshop(data, { gateway: first.gateway });
    expect(timer()).toHaveTextContent('-01:00');
    const region = screen.getByRole('region', { name: 'Step timer' });
    expect(within(region).getByText('Time is up')).toBeInTheDocument();
    expect(region.querySelector('[role="status"]')).toBeEmptyDOMElement();
    await first.user.click(screen.getByRole('button', { name: 'Reset' }));
    await first.user.click(screen.getByRole('button', { name: 'Start' }));
    tick(600_000);
    expect(region.querySelector('[role="status"]')).toHaveTextContent('Time is up');
    expect(audio).not.toHaveBeenCalled();
  });

  it('stops ticking when unmounted', async () => {
    const { user, unmount } = await openWalk();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    expect(vi.getTimerCount()).toBeGreaterThan(0);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });
});
