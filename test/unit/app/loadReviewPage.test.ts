// The review page's code is evaluated in four tasks, not one: Konva, react-konva, the
// drawing, then the page, with a task boundary (`nextTask`) between each two.
import { describe, expect, it, vi } from 'vitest';

const log = vi.hoisted(() => [] as string[]);
vi.mock('konva', () => {
  log.push('konva');
  return { default: {} };
});
vi.mock('react-konva', () => {
  log.push('react-konva');
  return {};
});
vi.mock('../../../src/canvas/TimelineCanvas', () => {
  log.push('drawing');
  return {};
});
vi.mock('../../../src/features/review/ReviewPage', () => {
  log.push('page');
  return { ReviewPage: () => null };
});
vi.mock('../../../src/ui/nextTask', () => ({
  nextTask: () => {
    log.push('next task');
    return Promise.resolve();
  },
}));

describe('loadReviewPage', () => {
  it('evaluates Konva, react-konva, the drawing and the page each in a task of its own', async () => {
    const { loadReviewPage } = await import('../../../src/app/loadReviewPage');
    const page = await loadReviewPage();
    expect(typeof page.ReviewPage).toBe('function');
    expect(log).toEqual([
      'konva',
      'next task',
      'react-konva',
      'next task',
      'drawing',
      'next task',
      'page',
    ]);
  });
});
