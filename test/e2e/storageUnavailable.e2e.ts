// Storage that cannot be used (reliability Table 1, rows 6 and 13): a browser without
// IndexedDB (some private windows) and one whose IndexedDB refuses to open. The app runs
// in memory with a clear warning on every page, works, never claims "Saved", and the
// backup still downloads the review.
import { mkdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { expectAccessible, openApp, type AppSession } from './support/openApp';
import {
  DEMO_TITLE,
  SHOTS,
  addCommunication,
  download,
  openDemo,
  saveStatus,
} from './support/reviewSteps';

let session: AppSession | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

const cases = [
  {
    name: 'no IndexedDB at all',
    shot: 'storage-no-indexeddb',
    breakStorage: () => {
      Object.defineProperty(window, 'indexedDB', { configurable: true, get: () => undefined });
    },
  },
  {
    name: 'an IndexedDB that refuses to open',
    shot: 'storage-open-fails',
    breakStorage: () => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('Internal error opening backing store', 'UnknownError');
      };
    },
  },
] as const;

describe.each(cases)('storage unavailable: $name', ({ breakStorage, shot }) => {
  it('runs in memory with a warning, works, and the backup downloads', async () => {
    session = await openApp();
    const { page, baseUrl } = session;
    await page.addInitScript(breakStorage);
    await page.goto(baseUrl);

    const warning = page.getByRole('alert').filter({ hasText: 'Your work will not be kept' });
    await warning.waitFor();
    expect(await warning.textContent()).toContain('lost when you close or reload it');
    expect(await page.locator('.storage-indicator summary').textContent()).toBe(
      'Storage: this tab only',
    );
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/${shot}.png` });
    await expectAccessible(page, 'the home page in memory mode');

    // The app works: the demo opens, an edit shows, and the status says where it lives.
    await openDemo(page, baseUrl);
    expect(await warning.count()).toBe(1);
    const probe = `Kept in memory ${Date.now()}`;
    await addCommunication(page, probe);
    const comms = page.getByRole('table', { name: 'Communications', exact: true });
    await expect.poll(() => comms.getByText(probe).count()).toBe(1);
    await expect.poll(() => saveStatus(page).textContent()).toBe('Kept in this tab only');

    // The indicator explains, and its backup holds the edit.
    await page.locator('.storage-indicator summary').click();
    const panel = page.locator('.storage-indicator-panel');
    expect(await panel.textContent()).toContain('reviews live only in this tab');
    await page.screenshot({ path: `${SHOTS}/${shot}-indicator.png` });
    await expectAccessible(page, 'the storage indicator in memory mode');
    const backup = await download(page, () =>
      panel.getByRole('button', { name: 'Back up this review' }).click(),
    );
    expect(backup.name).toMatch(/\.gapline\.json$/);
    expect(backup.text).toContain(probe);
    expect(backup.text).toContain(DEMO_TITLE);
    expect(session.problems).toEqual([]);
  });
});
