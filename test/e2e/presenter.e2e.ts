// Presenter mode: a second window for the projector that follows the facilitator's window
// live (same device, BroadcastChannel); and two tabs on one review stay in step.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { expectAccessible, openApp, type AppSession } from './support/openApp';
import { readTable } from './support/readTable';

let session: AppSession | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

/** Errors of a page the harness does not watch (a pop-up, a second tab). */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  return problems;
}

/** Adds a Status page update through the review page's **Add a communication** form. */
async function addCommunication(page: Page, time: string, text: string): Promise<void> {
  const form = page.getByRole('region', { name: 'Add a communication' });
  await form.getByLabel('Time').fill(time);
  await form.getByLabel('Channel').fill('Status page');
  await form.getByLabel('Author').fill('Juliana Alves');
  await form.getByLabel('Message text').fill(text);
  await form.getByRole('button', { name: 'Add communication' }).click();
}

async function openDemo(page: Page, baseUrl: string): Promise<void> {
  await page.goto(baseUrl);
  await page.getByRole('button', { name: 'Open the demo' }).click();
  await page.getByRole('table', { name: 'Communications', exact: true }).waitFor();
}

describe('presenter mode', () => {
  it('opens in a second window with no editing controls and follows an edit in the main window', async () => {
    session = await openApp();
    const { page, context, baseUrl } = session;
    await openDemo(page, baseUrl);

    const popupOpened = context.waitForEvent('page');
    await page.getByRole('button', { name: 'Open presenter window' }).click();
    const popup = await popupOpened;
    const popupProblems = watch(popup);
    expect(popup.url()).toMatch(/#\/review\/[^/]+\/present$/);
    const summary = popup.getByRole('region', { name: 'Summary' });
    await summary.waitFor();
    await popup
      .getByRole('heading', { level: 1, name: 'Card payments failing at checkout' })
      .waitFor();

    for (const name of ['Undo', 'Redo', 'Add communication', 'Open presenter window']) {
      expect(await popup.getByRole('button', { name, exact: true }).count(), name).toBe(0);
    }
    expect(await popup.getByRole('textbox').count()).toBe(0);
    expect(await popup.getByRole('button', { name: 'Full screen' }).count()).toBe(1);
    expect(await popup.getByRole('link', { name: /Back to the review/ }).count()).toBe(1);
    expect(await popup.locator('html').getAttribute('lang')).toBe('en');
    expect(await popup.title()).toBe(await page.title());
    await expectAccessible(popup, 'presenter');

    await popup.setViewportSize({ width: 1920, height: 1080 });
    // Large type: the base size of the page is at least 24 px at 1920×1080.
    const baseSize = await popup
      .locator('.presenter')
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(baseSize).toBeGreaterThanOrEqual(24);
    mkdirSync('test-results/screenshots', { recursive: true });
    await popup.screenshot({ path: 'test-results/screenshots/presenter.png' });

    // Full screen hides the controls; leaving it brings them back.
    await popup.getByRole('button', { name: 'Full screen' }).click();
    await expect
      .poll(() => popup.evaluate(() => document.fullscreenElement?.className))
      .toBe('presenter');
    await expect.poll(() => popup.getByRole('button', { name: 'Full screen' }).count()).toBe(0);
    await popup.evaluate(() => document.exitFullscreen());
    await expect.poll(() => popup.getByRole('button', { name: 'Full screen' }).count()).toBe(1);

    // The demo's longest silence is 14:35 → 15:45 (70 min); an update at 15:10 splits it.
    const before = await summary.textContent();
    expect(before).toContain('70 min');
    await addCommunication(page, '2026-10-13T15:10', 'We are rolling back the change.');
    await expect
      .poll(() => summary.textContent(), { timeout: 2_000, interval: 100 })
      .not.toBe(before);
    expect(await summary.textContent()).not.toContain('70 min');

    expect(session.problems).toEqual([]);
    expect(popupProblems).toEqual([]);
    expect(session.foreignRequests).toEqual([]);
  });

  it('keeps two tabs on the same review in step', async () => {
    session = await openApp();
    const { page, context, baseUrl } = session;
    await openDemo(page, baseUrl);
    const second = await context.newPage();
    const secondProblems = watch(second);
    await second.goto(page.url());
    const rowsBefore = (await readTable(second, 'Communications')).length;
    expect((await readTable(page, 'Communications')).length).toBe(rowsBefore);

    await addCommunication(page, '2026-10-13T15:10', 'Edited in the first tab.');
    await expect
      .poll(async () => (await readTable(second, 'Communications')).length, {
        timeout: 2_000,
        interval: 100,
      })
      .toBe(rowsBefore + 1);
    const comms = second.getByRole('table', { name: 'Communications', exact: true });
    expect(await comms.getByText('Edited in the first tab.').count()).toBe(1);

    // And back: a deletion in the second tab reaches the first.
    await second
      .getByRole('button', { name: /^Delete the Status page message of .*15:10/ })
      .click();
    await second
      .getByRole('dialog', { name: 'Delete this communication?' })
      .getByRole('button', { name: 'Delete communication' })
      .click();
    await expect
      .poll(async () => (await readTable(page, 'Communications')).length, {
        timeout: 2_000,
        interval: 100,
      })
      .toBe(rowsBefore);

    expect(session.problems).toEqual([]);
    expect(secondProblems).toEqual([]);
  });
});
