// Across reviews: a new review starts with last time's unfinished actions to update, and
// History compares the reviews — both in Chromium, both accessible.
import { afterEach, describe, expect, it } from 'vitest';
import { expectAccessible, openApp, type AppSession } from './support/openApp';
import { readTable } from './support/readTable';

let session: AppSession | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

describe('follow-up and history', () => {
  it('lists an earlier review’s open action in a new review, saves “Done”, and compares both', async () => {
    session = await openApp();
    const { page, baseUrl } = session;
    await page.goto(baseUrl);
    // An earlier review with a plan: one open action owned by Marta.
    await page.getByLabel('Import timeline').setInputFiles('test/fixtures/gapline-v3.json');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('region', { name: 'Summary' }).waitFor();

    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'New review' }).click();
    await page.getByLabel('Incident title').fill('Search outage');
    await page.getByLabel('First alert').fill('2026-11-20T09:00');
    await page.getByRole('button', { name: 'Create review' }).click();
    const followUp = page.getByRole('region', { name: 'Last time’s actions' });
    await followUp.waitFor();
    const group = followUp.getByRole('group', { name: /^Status of “/ });
    expect(await group.count()).toBe(1);
    expect(await followUp.textContent()).toContain('Owner: Marta');
    await expectAccessible(page, 'preparation with follow-up');
    await group.getByRole('radio', { name: 'Done', exact: true }).check();
    await expect.poll(() => followUp.getByRole('status').textContent()).toMatch(/^Saved in “/);

    await page.getByRole('link', { name: 'History' }).click();
    await page.getByRole('table', { name: 'Reviews compared' }).waitFor();
    // The hand-typed review has no updates yet: it is analysable (alert → last message).
    const rows = await readTable(page, 'Reviews compared');
    expect(rows.length).toBe(2);
    expect(
      await page.getByRole('img', { name: /^Longest gap, oldest to newest incident:/ }).count(),
    ).toBe(1);
    await expectAccessible(page, 'history');

    // The action is done in the earlier review: a third review finds nothing to follow up.
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'New review' }).click();
    await page.getByLabel('Incident title').fill('Another one');
    await page.getByLabel('First alert').fill('2026-11-21T09:00');
    await page.getByRole('button', { name: 'Create review' }).click();
    await page.getByRole('heading', { name: 'Preparation', level: 2 }).first().waitFor();
    // The list of reviews is read as the page opens; the section showed at once above.
    await page.waitForTimeout(1_000);
    expect(await followUp.count()).toBe(0);
    expect(session.problems).toEqual([]);
  });
});
