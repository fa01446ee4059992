/** The app's places as URL hashes: home, history, a review, and a review's presenter view. */
import { describe, expect, it } from 'vitest';
import {
  historyHref,
  homeHref,
  parseRoute,
  presenterHref,
  reviewHref,
} from '../../../src/ui/hashRoute';

describe('parseRoute', () => {
  it.each([
    ['', { name: 'home' }],
    ['#/', { name: 'home' }],
    ['#/unknown', { name: 'home' }],
    ['#/review/', { name: 'home' }],
    ['#/review/abc', { name: 'review', id: 'abc' }],
    ['#/review/a%20b%2Fc', { name: 'review', id: 'a b/c' }],
    ['#/review/%E0%A4%A', { name: 'home' }],
    ['#/review/abc/present', { name: 'present', id: 'abc' }],
    ['#/review/a%2Fb/present', { name: 'present', id: 'a/b' }],
    ['#/review/abc/present/', { name: 'home' }],
    ['#/review/abc/other', { name: 'home' }],
    ['#/history', { name: 'history' }],
    ['#/history/', { name: 'home' }],
  ])('%s → %o', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('reads back every href it builds', () => {
    const id = 'rev 1/ñ';
    expect(parseRoute(homeHref())).toEqual({ name: 'home' });
    expect(parseRoute(historyHref())).toEqual({ name: 'history' });
    expect(parseRoute(reviewHref(id))).toEqual({ name: 'review', id });
    expect(parseRoute(presenterHref(id))).toEqual({ name: 'present', id });
    expect(presenterHref('abc')).toBe('#/review/abc/present');
  });
});
