// Storage health in Chromium (reliability Table 1, rows 1 and 2): Gapline asks the browser
// to keep its data on the first real edit — never on load — and shows the answer: headless
// Chromium says no ("may be cleared", with the backup at hand); with the site allowed to
// keep its data (DevTools `Browser.grantPermissions` durableStorage) it says "kept". The
// workshop's last step offers the backup.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { expectAccessible, openApp, type AppSession } from './support/openApp';
import { DEMO_TITLE, SHOTS, download, openDemo } from './support/reviewSteps';

let session: AppSession | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

/** Counts the page's calls to `navigator.storage.persist()` and `persisted()`. */
async function countStorageCalls(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const calls = { persist: 0, persisted: 0 };
    (window as unknown as { storageCalls: typeof calls }).storageCalls = calls;
    const proto = StorageManager.prototype;
    const { persist, persisted } = proto;
    proto.persist = function (this: StorageManager) {
      calls.persist += 1;
      return persist.call(this);
    };
    proto.persisted = function (this: StorageManager) {
      calls.persisted += 1;
      return persisted.call(this);
    };
  });
}

const calls = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { storageCalls: { persist: number } }).storageCalls.persist,
  );
const indicator = (page: Page) => page.locator('.storage-indicator summary');

describe('storage health', () => {
  it('asks to keep the data on the first edit, not on load, and shows the answer', async () => {
    session = await openApp();
    const { page, baseUrl } = session;
    await countStorageCalls(page);
    await page.goto(baseUrl);
    await expect
      .poll(() => indicator(page).textContent())
      .toBe('Storage: may be cleared by the browser');
    await page.waitForTimeout(300);
    expect(await calls(page), 'no request on load').toBe(0);

    // The first real edit (the demo is written) asks, once.
    await openDemo(page, baseUrl);
    await expect.poll(() => calls(page)).toBe(1);
    await expect
      .poll(() => indicator(page).textContent())
      .toBe('Storage: may be cleared by the browser');
    await indicator(page).click();
    const panel = page.locator('.storage-indicator-panel');
    expect(await panel.textContent()).toContain('has not promised to keep Gapline’s data');
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/storage-may-be-cleared.png` });
    await expectAccessible(page, 'the storage indicator, open');
    const backup = await download(page, () =>
      panel.getByRole('button', { name: 'Back up this review' }).click(),
    );
    expect(backup.text).toContain(DEMO_TITLE);
    await indicator(page).click();

    // Step 5 offers the backup, with the reason to keep it.
    const tab = page.getByRole('tab', { name: /^5 Plan/ });
    await tab.click();
    await expect.poll(() => tab.getAttribute('aria-selected')).toBe('true');
    const keep = page.getByRole('region', { name: 'Keep a copy of this review' });
    await keep.scrollIntoViewIfNeeded();
    expect(await keep.textContent()).toContain('may delete it');
    await keep.screenshot({ path: `${SHOTS}/storage-plan-backup.png` });
    await expectAccessible(page, 'step 5 with its backup');
    const planBackup = await download(page, () =>
      keep.getByRole('button', { name: 'Back up this review' }).click(),
    );
    expect(planBackup.name).toMatch(/\.gapline\.json$/);
    expect(await calls(page)).toBe(1);
    expect(session.problems).toEqual([]);
  });

  it('says "kept" where the browser keeps the data, and asks nothing more', async () => {
    session = await openApp({ locale: 'es-ES' });
    const { page, context, baseUrl } = session;
    await countStorageCalls(page);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Browser.grantPermissions', {
      permissions: ['durableStorage'],
      origin: new URL(baseUrl).origin,
    });
    await page.goto(baseUrl);
    await expect.poll(() => indicator(page).textContent()).toBe('Almacenamiento: conservado');
    await page.getByRole('button', { name: 'Abrir la demo' }).click();
    await page.getByRole('table', { name: 'Comunicaciones', exact: true }).waitFor();
    await expect.poll(() => indicator(page).textContent()).toBe('Almacenamiento: conservado');
    expect(await calls(page), 'already kept: no request').toBe(0);
    await indicator(page).click();
    expect(await page.locator('.storage-indicator-panel').textContent()).toContain(
      'ha aceptado conservar',
    );
    await page.screenshot({ path: `${SHOTS}/storage-kept-es.png` });
    await expectAccessible(page, 'the storage indicator, kept, in Spanish');
    expect(session.problems).toEqual([]);
  });
});
