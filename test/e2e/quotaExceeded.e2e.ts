// A full disk in Chromium (reliability Table 1, row 3; goal G12): the origin's quota is cut
// to what it already uses (DevTools protocol `Storage.overrideQuotaForOrigin`), then an edit
// with an incompressible text cannot be written. The page must say so at once, keep the
// edit on screen, and both **Back up this review** and **Download Markdown** must still hold
// it. Chromium reads the quota when it opens the origin's IndexedDB, so the test leaves the
// app long enough for the database to close before it cuts the quota.
import { mkdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { expectAccessible, openApp, type AppSession } from './support/openApp';
import { readStoredReviews } from './support/readStoredReviews';
import { SHOTS, addCommunication, download, openDemo, saveStatus } from './support/reviewSteps';

let session: AppSession | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

/** How long Chromium keeps an unused origin's IndexedDB open after its last page left. */
const BACKING_STORE_GRACE_MS = 3_000;

describe('a full disk', () => {
  it('raises a banner, keeps the edit in memory, and backup and export still work', async () => {
    session = await openApp();
    const { page, context, baseUrl } = session;
    await openDemo(page, baseUrl);
    const reviewUrl = page.url();
    await expect.poll(() => saveStatus(page).textContent()).toBe('Saved');

    // Leave, let the database close, and give the origin no room to grow.
    await page.goto('about:blank');
    await page.waitForTimeout(BACKING_STORE_GRACE_MS);
    const cdp = await context.newCDPSession(page);
    const origin = new URL(baseUrl).origin;
    const { usage } = await cdp.send('Storage.getUsageAndQuota', { origin });
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: Math.ceil(usage) });
    await page.goto(reviewUrl);
    await page.getByRole('region', { name: 'Add a communication' }).waitFor();

    // 60 KB of random bytes as base64: nothing a compressor can shrink.
    const noise = await page.evaluate(() => {
      const bytes = crypto.getRandomValues(new Uint8Array(60_000));
      return btoa(String.fromCharCode(...bytes));
    });
    const probe = `Full-disk probe ${Date.now()}`;
    const began = Date.now();
    await addCommunication(page, `${probe} ${noise}`);

    const banner = page
      .getByRole('alert')
      .filter({ hasText: 'Your latest changes were not saved' });
    await banner.waitFor({ timeout: 5_000 });
    const noticedMs = Date.now() - began;
    expect(noticedMs, 'the banner comes within a second or so (G12)').toBeLessThan(2_000);
    expect(await banner.textContent()).toContain('no storage space left');
    expect(await saveStatus(page).textContent()).toBe('Not saved');
    // The edit is on screen, not in the database.
    const comms = page.getByRole('table', { name: 'Communications', exact: true });
    expect(await comms.getByText(probe).count()).toBe(1);
    const stored = await readStoredReviews(page);
    expect(stored.communications.some((c) => c.text.startsWith(probe))).toBe(false);

    mkdirSync(SHOTS, { recursive: true });
    await banner.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/storage-quota-banner.png` });
    await expectAccessible(page, 'review page with the full-disk banner');

    // The backup from the banner holds the unsaved edit…
    const backup = await download(page, () =>
      banner.getByRole('button', { name: 'Back up this review' }).click(),
    );
    expect(backup.name).toMatch(/\.gapline\.json$/);
    const file = JSON.parse(backup.text) as { communications: { text: string }[] };
    expect(file.communications.some((c) => c.text.startsWith(probe))).toBe(true);
    // …and so does the Markdown report.
    const exports = page.getByRole('region', { name: 'Take the plan away' });
    const md = await download(page, () =>
      exports.getByRole('button', { name: 'Download Markdown', exact: true }).click(),
    );
    expect(md.name).toMatch(/\.md$/);
    expect(md.text).toContain(probe);

    // A later edit is kept in memory too, and still reported.
    await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Renamed on a full disk');
    await page.getByRole('textbox', { name: 'Title', exact: true }).blur();
    await expect.poll(() => saveStatus(page).textContent()).toBe('Not saved');
    expect(session.problems.filter((p) => !/quota|QuotaExceeded/i.test(p))).toEqual([]);
  });
});
