// Two tabs on one review (reliability Table 1, row 7; goal G13): an edit in one shows in
// the other within a second, both ways; and a tab that has not heard of the other's edit
// (its copy of the note is stale) never writes that edit back to what it was when it
// changes another field of the same note or another record.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from './support/openApp';
import { readStoredReviews } from './support/readStoredReviews';
import { openDemo } from './support/reviewSteps';

let session: AppSession | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

const twin = (page: Page) => page.locator('.timeline-twin');
const timelineText = (page: Page) =>
  page.getByRole('table', { name: 'Timeline', exact: true }).textContent();

/** Adds a note through the Timeline table's dialog; resolves once it is saved. */
async function addNote(page: Page, text: string): Promise<void> {
  await twin(page).getByRole('button', { name: 'Add a note', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a note' });
  await dialog.getByLabel('Category').selectOption({ label: 'Gap' });
  await dialog.getByLabel('Text', { exact: true }).fill(text);
  await dialog.getByLabel('Text', { exact: true }).press('Control+Enter');
  await dialog.waitFor({ state: 'detached' });
}

/** Opens the note whose text starts with `shown` and changes what `change` sets. */
async function editNote(
  page: Page,
  shown: string,
  change: { text?: string; category?: string },
): Promise<void> {
  await twin(page)
    .getByRole('button', { name: `Edit note: ${shown}` })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Edit note' });
  if (change.category !== undefined) {
    await dialog.getByLabel('Category').selectOption({ label: change.category });
  }
  if (change.text !== undefined) await dialog.getByLabel('Text', { exact: true }).fill(change.text);
  await dialog.getByLabel('Text', { exact: true }).press('Control+Enter');
  await dialog.waitFor({ state: 'detached' });
}

/** Milliseconds until `page`'s Timeline table shows `text` (fails after 1 s). */
async function arrival(page: Page, text: string, since: number): Promise<number> {
  await expect
    .poll(async () => (await timelineText(page))?.includes(text), { timeout: 1_000, interval: 25 })
    .toBe(true);
  return Date.now() - since;
}

describe('two tabs on one review', () => {
  it('shows an edit of one tab in the other within a second, both ways', async () => {
    session = await openApp();
    const { page: first, context, baseUrl } = session;
    await openDemo(first, baseUrl);
    const second = await context.newPage();
    await second.goto(first.url());
    await second.getByRole('table', { name: 'Timeline', exact: true }).waitFor();

    let since = Date.now();
    await addNote(first, 'Written in the first tab');
    const there = await arrival(second, 'Written in the first tab', since);

    since = Date.now();
    await editNote(second, 'Written in the first tab', { text: 'Changed in the second tab' });
    const back = await arrival(first, 'Changed in the second tab', since);
    expect(Math.max(there, back)).toBeLessThan(1_000);
    expect(session.problems).toEqual([]);
  });

  it('never writes back what the other tab changed from a stale copy', async () => {
    session = await openApp();
    const { page: other, context, baseUrl } = session;
    await openDemo(other, baseUrl);
    await addNote(other, 'Original text');
    const url = other.url();

    // The stale tab hears nothing from the others (as if their messages were lost).
    const stale = await context.newPage();
    await stale.addInitScript(() => {
      delete (window as { BroadcastChannel?: unknown }).BroadcastChannel;
    });
    await stale.goto(url);
    await stale.getByRole('table', { name: 'Timeline', exact: true }).waitFor();

    await editNote(other, 'Original text', { text: 'Rewritten in the other tab' });
    // The stale tab still shows the old text, and changes the note's colour…
    await stale.waitForTimeout(300);
    expect(await timelineText(stale)).toContain('Original text');
    await editNote(stale, 'Original text', { category: 'Idea' });
    // …and another record: the incident's title.
    const title = stale.getByRole('textbox', { name: 'Title', exact: true });
    await title.fill('Renamed in the stale tab');
    await title.press('Enter');
    await expect.poll(() => stale.locator('.save-status').textContent()).toBe('Saved');

    const stored = await readStoredReviews(stale);
    const note = stored.notes.find((n) => n.text === 'Rewritten in the other tab');
    expect(note, 'the other tab’s text survived the stale tab’s edit').toBeDefined();
    expect(note?.category).toBe('idea');
    expect(stored.notes.some((n) => n.text === 'Original text')).toBe(false);

    // Both tabs, read again, show both edits.
    for (const page of [stale, other]) {
      await page.reload();
      await page.getByRole('table', { name: 'Timeline', exact: true }).waitFor();
      const text = await timelineText(page);
      expect(text).toContain('Rewritten in the other tab');
      expect(text).toContain('Note: Idea');
      expect(await page.getByRole('textbox', { name: 'Title', exact: true }).inputValue()).toBe(
        'Renamed in the stale tab',
      );
    }
    expect(session.problems).toEqual([]);
  });
});
