// A big CSV import in Chromium on the real IndexedDB (issue 9): after **Import** the
// review opens at once, its gap table on screen, while **Saving the import** shows a
// progress bar that moves (the save held midway from a second page); **Cancel** then stops
// it, nothing of it stays in storage and the home page is back; a second try runs to the
// end with every message saved. axe on the review page while it saves.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeCsvTimeline } from '../bench/lib/node/makeCsvTimeline.mjs';
import { expectAccessible, openApp, type AppSession } from './support/openApp';
import { holdImportSave } from './support/holdImportSave';
import { readStoredReviews } from './support/readStoredReviews';

let session: AppSession | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

const ROWS = 30_000;

describe('a big import', () => {
  it('opens its review at once, shows the save going on, can be cancelled leaving nothing, and saves every message when let run', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'gapline-big-')), 'channel-export.csv');
    writeFileSync(file, makeCsvTimeline(ROWS).csv);
    session = await openApp();
    const { page, baseUrl } = session;
    await page.goto(baseUrl);

    const startImport = async () => {
      await page.getByLabel('Import timeline').setInputFiles(file);
      const dialog = page.getByRole('dialog', { name: 'Import preview' });
      await dialog.getByRole('button', { name: 'Import', exact: true }).click({ timeout: 60_000 });
      // The review is open while it is saved: its gap table, and the save's progress.
      await page.getByRole('table', { name: 'Communication gaps' }).waitFor({ timeout: 60_000 });
      const saving = page.getByRole('region', { name: 'Saving the import' });
      const bar = saving.getByRole('progressbar', { name: 'Saving the import' });
      return { saving, bar };
    };

    // First try: hold the save midway (on this machine it takes about a second), watch the
    // progress, then Cancel.
    const hold = await holdImportSave(session.context, baseUrl);
    const first = await startImport();
    const held = await hold.held;
    expect(held).toMatchObject({ status: 'importing' });
    expect(held.chunksWritten).toBeGreaterThan(0);
    await expect
      .poll(async () => Number(await first.bar.getAttribute('value')), { timeout: 30_000 })
      .toBeGreaterThan(0);
    expect(Number(await first.bar.getAttribute('value'))).toBeLessThan(ROWS);
    expect(Number(await first.bar.getAttribute('max'))).toBe(ROWS);
    expect(await first.saving.textContent()).toMatch(/[\d,]+ of 30,000 messages saved\./);
    await expectAccessible(page, 'the review page while its import is saved');
    await first.saving.getByRole('button', { name: 'Cancel' }).click();
    await hold.release();
    // Back on the home page, ready for another file, and nothing of it stored.
    await page.getByLabel('Import timeline').waitFor({ timeout: 30_000 });
    await expect
      .poll(async () => {
        const stored = await readStoredReviews(page);
        return [Object.keys(stored.reviews).length, stored.communications.length];
      })
      .toEqual([0, 0]);
    expect(await page.getByRole('table', { name: 'Communication gaps' }).count()).toBe(0);

    // Second try: let it run; the progress goes away once every message is saved.
    const second = await startImport();
    await second.saving.waitFor({ state: 'detached', timeout: 120_000 });
    await expect.poll(() => page.locator('.save-status').textContent()).toBe('Saved');
    const stored = await readStoredReviews(page);
    expect(Object.values(stored.reviews)).toEqual(['ready']);
    expect(stored.communications).toHaveLength(ROWS);
    expect(session.problems).toEqual([]);
  }, 240_000);
});
