// The save status pill keeps its size whatever it says: "Saving…" ↔ "Saved" on each edit
// once re-wrapped the review page's header onto a second line and back, shifting the whole
// page (and making Chromium re-walk every table row) twice per edit.
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from './support/openApp';
import { openDemo, saveStatus } from './support/reviewSteps';

let session: AppSession | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

const LABELS = {
  en: ['All saved', 'Saving…', 'Saved', 'Not saved'],
  es: ['Todo guardado', 'Guardando…', 'Guardado', 'No guardado'],
};

/** The header's height and the pill's width with each label written into the status. */
async function sizesWith(session: AppSession, labels: readonly string[]) {
  return session.page.evaluate((texts) => {
    const header = document.querySelector('header');
    const status = document.querySelector('.save-status');
    const pill = status?.parentElement;
    if (header === null || status === null || pill === null || pill === undefined) return null;
    const shown = status.textContent;
    const sizes = texts.map((text) => {
      status.textContent = text;
      return { text, header: header.offsetHeight, pill: pill.offsetWidth };
    });
    status.textContent = shown;
    return sizes;
  }, labels);
}

describe('the save status', () => {
  it('says each state without moving the header, and an edit ends on "Saved"', async () => {
    session = await openApp();
    const { page, baseUrl } = session;
    await openDemo(page, baseUrl);
    const sizes = await sizesWith(session, LABELS.en);
    expect(sizes).not.toBeNull();
    const first = sizes?.[0];
    for (const size of sizes ?? []) {
      expect(size, size.text).toEqual({
        text: size.text,
        header: first?.header,
        pill: first?.pill,
      });
    }
    const headerHeight = () => page.evaluate(() => document.querySelector('header')?.offsetHeight);
    const before = await headerHeight();
    expect(before).toBe(first?.header);

    const title = page.getByLabel('Title', { exact: true });
    await title.fill('Card payments failing at checkout (reviewed)');
    await title.blur();
    await expect.poll(() => saveStatus(page).textContent()).toBe('Saved');
    expect(await headerHeight()).toBe(before);
    // The sizing copies are not page text: "Saved" is written once.
    expect(await page.getByText('Saved', { exact: true }).count()).toBe(1);
    // The live region holds the current label only; the sizing copies are hidden from it.
    expect(await page.getByRole('status').filter({ hasText: 'Saved' }).count()).toBe(1);
    expect(await page.getByRole('status').filter({ hasText: 'Saving…' }).count()).toBe(0);
    expect(session.problems).toEqual([]);
  });

  it('keeps its size in Spanish too', async () => {
    session = await openApp({ locale: 'es-ES' });
    const { page, baseUrl } = session;
    await page.goto(baseUrl);
    await page.getByRole('button', { name: /demo/i }).click();
    await page.locator('.save-status').waitFor();
    const sizes = await sizesWith(session, LABELS.es);
    const first = sizes?.[0];
    expect(sizes?.length).toBe(4);
    for (const size of sizes ?? []) {
      expect(size, size.text).toEqual({
        text: size.text,
        header: first?.header,
        pill: first?.pill,
      });
    }
  });
});
