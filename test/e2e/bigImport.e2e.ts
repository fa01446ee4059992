// A big CSV import in Chromium on the real IndexedDB (issue 9): after **Import** the
// preview shows **Saving the import** with a progress bar that moves; **Cancel** then
// stops it and nothing of it stays in storage; a second try runs to the end and opens the
// review with every message saved. axe on the dialog while it saves.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeCsvTimeline } from '../bench/lib/node/makeCsvTimeline.mjs';
import { expectAccessible, openApp, type AppSession } from './support/openApp';
import { readStoredReviews } from './support/readStoredReviews';

let session: AppSession | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

const ROWS = 30_000;

describe('a big import', () => {
  it('shows its progress, can be cancelled leaving nothing, and saves every message when let run', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'gapline-big-')), 'channel-export.csv');
    writeFileSync(file, makeCsvTimeline(ROWS).csv);
    session = await openApp();
    const { page, baseUrl } = session;
    await page.goto(baseUrl);

    const startImport = async () => {
      await page.getByLabel('Import timeline').setInputFiles(file);
      const dialog = page.getByRole('dialog', { name: 'Import preview' });
      await dialog.getByRole('button', { name: 'Import', exact: true }).click({ timeout: 60_000 });
      const bar = dialog.getByRole('progressbar', { name: 'Saving the import' });
      await bar.waitFor({ timeout: 30_000 });
      return { dialog, bar };
    };

    // First try: watch it move, then Cancel.
    const first = await startImport();
    await expect
      .poll(async () => Number(await first.bar.getAttribute('value')), { timeout: 30_000 })
      .toBeGreaterThan(0);
    expect(Number(await first.bar.getAttribute('max'))).toBe(ROWS);
    expect(await first.dialog.textContent()).toMatch(/[\d,]+ of 30,000 messages saved\./);
    await expectAccessible(page, 'the import preview while saving');
    await first.dialog.getByRole('button', { name: 'Cancel' }).click();
    await first.dialog.waitFor({ state: 'detached', timeout: 30_000 });
    await expect
      .poll(async () => {
        const stored = await readStoredReviews(page);
        return [Object.keys(stored.reviews).length, stored.communications.length];
      })
      .toEqual([0, 0]);
    // Back on the home page, ready for another file.
    expect(await page.getByLabel('Import timeline').count()).toBe(1);

    // Second try: let it run; the review opens, every message saved, status ready.
    await startImport();
    await page.getByRole('table', { name: 'Communication gaps' }).waitFor({ timeout: 120_000 });
    const stored = await readStoredReviews(page);
    expect(Object.values(stored.reviews)).toEqual(['ready']);
    expect(stored.communications).toHaveLength(ROWS);
    expect(session.problems).toEqual([]);
  }, 240_000);
});
