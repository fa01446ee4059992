/**
 * Safari, and every browser on iPhone and iPad (they all run WebKit), deletes the storage
 * of a site that was not visited in seven days of browser use (Intelligent Tracking
 * Prevention, Safari 13.1+; reliability Table 1, row 2). Gapline is opened once per
 * incident, so there its data may be gone by the next review: the app tells the user to
 * keep a backup. No feature test reveals the policy, so this reads who the browser says it
 * is, and says "yes" only when both the vendor and the engine are Apple's (or on iOS).
 */

/** What the browser says about itself (tests pass their own). */
export interface BrowserIdentity {
  readonly userAgent: string;
  readonly vendor: string;
  /** iPadOS 13+ reports a Mac; a touch screen tells them apart. */
  readonly maxTouchPoints: number;
}

function currentBrowser(): BrowserIdentity {
  const nav: Partial<BrowserIdentity> | undefined = globalThis.navigator;
  return {
    userAgent: nav?.userAgent ?? '',
    vendor: nav?.vendor ?? '',
    maxTouchPoints: nav?.maxTouchPoints ?? 0,
  };
}

/** Engines that put "AppleWebKit" and "Safari" in their user agent without being WebKit. */
const OTHER_ENGINES = /\b(Chrome|Chromium|Edg|EdgA|OPR|SamsungBrowser|Android)\//;

export function deletesUnvisitedSiteData(browser: BrowserIdentity = currentBrowser()): boolean {
  const { userAgent, vendor, maxTouchPoints } = browser;
  const iOS =
    /\b(iPhone|iPad|iPod)\b/.test(userAgent) ||
    (/\bMacintosh\b/.test(userAgent) && maxTouchPoints > 1);
  if (iOS && /AppleWebKit\//.test(userAgent)) return true;
  return (
    vendor.startsWith('Apple') &&
    /AppleWebKit\//.test(userAgent) &&
    /\bSafari\//.test(userAgent) &&
    !OTHER_ENGINES.test(userAgent) &&
    !/\bAndroid\b/.test(userAgent)
  );
}
