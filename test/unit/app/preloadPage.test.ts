// A review opened at start has its page's code fetched at once (all its chunks in
// parallel): nothing else runs yet, and fetched in parts it named a stored 100,000-message
// review 0.1–0.3 s later. From an import it comes in parts (loadReviewPage.test.ts).
import { waitFor } from '@testing-library/react';
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

describe('preloadPage', () => {
  it("loads a review's page at once, with no task between its parts", async () => {
    const { preloadPage } = await import('../../../src/app/Routes');
    preloadPage({ name: 'review', id: 'r1' });
    await waitFor(() => expect(log).toContain('page'));
    expect(log).toEqual(['page']);
  });
});
