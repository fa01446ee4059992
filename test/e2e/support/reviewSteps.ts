// Steps the storage browser tests share: open the demo, add a communication through the
// review page's form, and catch a download.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

export const DEMO_TITLE = 'Card payments failing at checkout';
export const SHOTS = 'test-results/screenshots';

/** Opens the demo from the home page; resolves on its review page. */
export async function openDemo(page: Page, baseUrl: string): Promise<void> {
  await page.goto(baseUrl);
  await page.getByRole('button', { name: 'Open the demo' }).click();
  await page.getByRole('table', { name: 'Communications', exact: true }).waitFor();
}

/** Adds a Status page update through **Add a communication** (no wait for saving). */
export async function addCommunication(page: Page, text: string, time = '2026-10-13T15:10') {
  const form = page.getByRole('region', { name: 'Add a communication' });
  await form.getByLabel('Time').fill(time);
  await form.getByLabel('Channel').fill('Status page');
  await form.getByLabel('Author').fill('Juliana Alves');
  await form.getByLabel('Message text').fill(text);
  await form.getByRole('button', { name: 'Add communication' }).click();
}

/** Clicks and returns the download it starts: its file name and text. */
export async function download(
  page: Page,
  click: () => Promise<void>,
): Promise<{ name: string; text: string }> {
  const [started] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await started.path();
  return { name: started.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

/** The save status in the review page's header. */
export const saveStatus = (page: Page) => page.locator('.save-status');
