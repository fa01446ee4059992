/**
 * Reliability Table 1, row 2: Safari and every iOS browser (WebKit, Intelligent Tracking
 * Prevention) delete a site's data after seven days without a visit; no other engine does.
 */
import { describe, expect, it } from 'vitest';
import {
  deletesUnvisitedSiteData,
  type BrowserIdentity,
} from '../../../src/persistence/deletesUnvisitedSiteData';

const APPLE = 'Apple Computer, Inc.';
const browser = (userAgent: string, vendor: string, maxTouchPoints = 0): BrowserIdentity => ({
  userAgent,
  vendor,
  maxTouchPoints,
});

const cases: [string, BrowserIdentity, boolean][] = [
  [
    'Safari on macOS',
    browser(
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
      APPLE,
    ),
    true,
  ],
  [
    'Safari on iPhone',
    browser(
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
      APPLE,
      5,
    ),
    true,
  ],
  [
    'Chrome on iPhone (WebKit underneath)',
    browser(
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/123.0.6312.52 Mobile/15E148 Safari/604.1',
      APPLE,
      5,
    ),
    true,
  ],
  [
    'Safari on iPad, which reports a Mac',
    browser(
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
      APPLE,
      5,
    ),
    true,
  ],
  [
    'Chrome on macOS',
    browser(
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
      'Google Inc.',
    ),
    false,
  ],
  [
    'Edge on Windows',
    browser(
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.0.0',
      'Google Inc.',
    ),
    false,
  ],
  [
    'Firefox on macOS',
    browser(
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 14.4; rv:125.0) Gecko/20100101 Firefox/125.0',
      '',
    ),
    false,
  ],
  [
    'Chrome on Android',
    browser(
      'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36',
      'Google Inc.',
      5,
    ),
    false,
  ],
  [
    'a Chromium that claims Apple as its vendor',
    browser(
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36',
      APPLE,
    ),
    false,
  ],
  ['an empty identity', browser('', ''), false],
];

describe('deletesUnvisitedSiteData', () => {
  it.each(cases)('%s → %s', (_name, identity, expected) => {
    expect(deletesUnvisitedSiteData(identity)).toBe(expected);
  });
});
