// **Open the demo** is one click from the home page, in English and Spanish.
import { mkdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { expectAccessible, openApp, type AppSession } from './support/openApp';
import { readTable } from './support/readTable';

let session: AppSession | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

describe('the demo incident', () => {
  it('opens from the home page with gaps over target, and is accessible', async () => {
    session = await openApp();
    const { page, baseUrl } = session;
    mkdirSync('test-results/screenshots', { recursive: true });
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'Open the demo' }).waitFor();
    await page.screenshot({ path: 'test-results/screenshots/home-en.png', fullPage: true });
    await page.getByRole('button', { name: 'Open the demo' }).click();
    const rows = await readTable(page, 'Communication gaps');
    expect(rows.length).toBeGreaterThan(4);
    expect(rows.filter((r) => (r[3] ?? '').includes('Gap')).length).toBeGreaterThanOrEqual(2);
    await expect.poll(() => page.getByRole('region', { name: 'Summary' }).count()).toBe(1);
    expect(await page.getByRole('combobox', { name: 'Time zone', exact: true }).count()).toBe(1);
    await expectAccessible(page, 'demo review');
    await page.screenshot({ path: 'test-results/screenshots/review-demo-en.png', fullPage: true });
    await page.goto(baseUrl);
    await expect.poll(() => page.getByText(/longest|gap/i).count()).toBeGreaterThan(0);
    await expectAccessible(page, 'home with a review');
    expect(session.problems).toEqual([]);
    expect(session.foreignRequests).toEqual([]);
  });

  it('renders in Spanish for a Spanish browser', async () => {
    session = await openApp({ locale: 'es-ES' });
    const { page, baseUrl } = session;
    await page.goto(baseUrl);
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    const demo = page.getByRole('button', { name: /demo/i });
    await demo.waitFor();
    await expectAccessible(page, 'home (es)');
    await page.screenshot({ path: 'test-results/screenshots/home-es.png', fullPage: true });
    await demo.click();
    const caption = page.locator('table caption').first();
    await caption.waitFor();
    expect(await page.getByRole('table', { name: 'Communication gaps', exact: true }).count()).toBe(
      0,
    );
    await expectAccessible(page, 'demo review (es)');
    await page.screenshot({ path: 'test-results/screenshots/review-demo-es.png', fullPage: true });
    expect(session.problems).toEqual([]);
  });
});
