// A review opened from its address names itself while the review page's own code (Konva,
// the drawing) is still loading: the app reads the review's head as soon as storage is
// open, and the page's placeholder shows it (issue "Fast at real sizes": open a saved
// review, first paint). The test holds the page's code back to see it.
import type { Route } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { expectAccessible, openApp, type AppSession } from './support/openApp';

let session: AppSession | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

describe('opening a saved review', () => {
  it('names the review before the page’s code has loaded', async () => {
    session = await openApp({ serviceWorkers: 'block' });
    const { page, baseUrl } = session;
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'Open the demo' }).click();
    await page.getByRole('table', { name: 'Communication gaps' }).waitFor();
    const title = (await page.locator('main h1').first().textContent())?.trim() ?? '';
    expect(title.length).toBeGreaterThan(0);

    const held: Route[] = [];
    await page.route(/\/assets\/ReviewPage-[^/]*\.js$/, (route) => {
      held.push(route);
    });
    await page.reload();
    await expect.poll(() => held.length, { timeout: 10_000 }).toBeGreaterThan(0);
    const heading = page.getByRole('heading', { level: 1, name: title });
    await heading.waitFor({ timeout: 10_000 });
    expect(await page.getByRole('status').first().textContent()).toMatch(
      /^(Reading its messages…|Preparing the review…)$/,
    );
    expect(await page.getByRole('link', { name: 'All reviews' }).count()).toBe(1);
    expect(await page.getByRole('table', { name: 'Communication gaps' }).count()).toBe(0);
    await expectAccessible(page, 'review page, its code loading');

    for (const route of held) await route.continue();
    await page.unroute(/\/assets\/ReviewPage-[^/]*\.js$/);
    await page.getByRole('table', { name: 'Communication gaps' }).waitFor();
    expect(session.problems).toEqual([]);
  });
});
