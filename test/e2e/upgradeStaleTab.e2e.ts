// A newer Gapline opens the data while an older tab is open (reliability Table 1, rows 8 and
// 9; goal G11). The newer version is simulated by a second tab opening the app's IndexedDB
// at a higher version (as Dexie would for the next schema). The older tab must say at once that a
// newer Gapline opened the data and ask to reload; an edit made there stays on screen,
// reported as not saved (with a backup), and nothing reaches the database. After the
// reload, the old code finds newer data and runs in memory instead of touching it.
import { mkdirSync } from 'node:fs';
import { CURRENT_DB_VERSION } from '../../src/persistence/dbSchemas';
import { afterEach, describe, expect, it } from 'vitest';
import { expectAccessible, openApp, type AppSession } from './support/openApp';
import { readStoredReviews } from './support/readStoredReviews';
import { SHOTS, addCommunication, download, openDemo, saveStatus } from './support/reviewSteps';

let session: AppSession | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

describe('a tab a newer Gapline made outdated', () => {
  it('stops writing, says so, keeps the edit in memory and asks to reload', async () => {
    session = await openApp();
    const { page, context, baseUrl } = session;
    await openDemo(page, baseUrl);
    const before = await readStoredReviews(page);

    // The "newer Gapline": another tab upgrades the database (Dexie schema N is
    // IndexedDB version N × 10; the newer schema is the current one + 1) and keeps it open.
    const newerVersion = (CURRENT_DB_VERSION + 1) * 10;
    const newer = await context.newPage();
    await newer.goto(`${baseUrl}#/history`);
    const upgraded = await newer.evaluate(
      (version) =>
        new Promise<number>((resolve, reject) => {
          const request = indexedDB.open('gapline', version);
          request.onsuccess = () => {
            (window as unknown as { newerDb: IDBDatabase }).newerDb = request.result;
            resolve(request.result.version);
          };
          request.onerror = () => reject(request.error ?? new Error('upgrade failed'));
          request.onblocked = () => reject(new Error('the old tab did not let go'));
        }),
      newerVersion,
    );
    expect(upgraded).toBe(newerVersion);

    const banner = page
      .getByRole('alert')
      .filter({ hasText: 'A newer Gapline opened your data: reload' });
    await banner.waitFor({ timeout: 1_000 });
    expect(await banner.getByRole('button', { name: 'Reload' }).count()).toBe(1);
    expect(await page.locator('.storage-indicator summary').textContent()).toBe(
      'Storage: not saving in this tab',
    );

    // An edit after the upgrade: on screen, reported, never written.
    const probe = `Typed after the upgrade ${Date.now()}`;
    await addCommunication(page, probe);
    await expect.poll(() => saveStatus(page).textContent()).toBe('Not saved');
    const comms = page.getByRole('table', { name: 'Communications', exact: true });
    expect(await comms.getByText(probe).count()).toBe(1);
    const saveBanner = page
      .getByRole('alert')
      .filter({ hasText: 'Your latest changes were not saved' });
    expect(await saveBanner.textContent()).toContain('this tab can no longer save');
    expect(await saveBanner.getByRole('button', { name: 'Try saving again' }).count()).toBe(0);
    await expect
      .poll(() => banner.textContent())
      .toContain('Changes this tab could not save are lost when you reload');
    const after = await readStoredReviews(newer);
    expect(after.communications.some((c) => c.text === probe)).toBe(false);
    expect(after.communications).toHaveLength(before.communications.length);

    mkdirSync(SHOTS, { recursive: true });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${SHOTS}/storage-outdated-banner.png` });
    await expectAccessible(page, 'an outdated tab');

    // The backup holds the edit this tab could not save.
    const backup = await download(page, () =>
      saveBanner.getByRole('button', { name: 'Back up this review' }).click(),
    );
    expect(backup.text).toContain(probe);

    // Reload: the old code sees data from a newer Gapline and leaves it alone.
    await newer.close();
    await banner.getByRole('button', { name: 'Reload' }).click();
    const memory = page
      .getByRole('alert')
      .filter({ hasText: 'A newer Gapline keeps your data here' });
    await memory.waitFor();
    await page.getByRole('link', { name: 'All reviews' }).first().click();
    expect(await page.locator('.storage-indicator summary').textContent()).toBe(
      'Storage: this tab only',
    );
    await page.screenshot({ path: `${SHOTS}/storage-newer-data-memory.png` });
    await expectAccessible(page, 'the old code on newer data');
    expect(session.problems).toEqual([]);
  });
});
