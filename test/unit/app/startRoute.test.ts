import { describe, expect, it, vi } from 'vitest';
import { startRoute } from '../../../src/app/startRoute';
import type { Route } from '../../../src/ui/hashRoute';

const run = (route: Route) => {
  const preloadPage = vi.fn<(route: Route) => void>();
  const openReview = vi.fn((_id: string) => Promise.resolve());
  const start = startRoute(route);
  start.preload({ preloadPage });
  start.open({ openReview });
  return { preloadPage, openReview };
};

describe('startRoute', () => {
  it('loads a review page’s code and opens its review before the page renders', () => {
    const review = run({ name: 'review', id: 'r1' });
    expect(review.preloadPage).toHaveBeenCalledWith({ name: 'review', id: 'r1' });
    expect(review.openReview).toHaveBeenCalledWith('r1');
    const present = run({ name: 'present', id: 'r2' });
    expect(present.openReview).toHaveBeenCalledWith('r2');
  });

  it('only loads the code of the home and history pages (no review to open)', () => {
    for (const route of [{ name: 'home' }, { name: 'history' }] as const) {
      const { preloadPage, openReview } = run(route);
      expect(preloadPage).toHaveBeenCalledWith(route);
      expect(openReview).not.toHaveBeenCalled();
    }
  });
});
