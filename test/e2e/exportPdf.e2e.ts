// **Download PDF** in Chromium (issue "Take the plan away"): the demo after a short session —
// people, a problem note, its root cause, two actions with owners and deadlines — exported as
// a PDF, saved, and read back with poppler's pdftotext: the plan, the figures, the longest gap
// and the drawing are in it, and no script, action or form. A shorter run in Spanish.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { expectAccessible, openApp, type AppSession } from './support/openApp';

let session: AppSession | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

const OUT = 'test-results/pdf';
const PROBLEM = 'Seventy minutes without a word on the status page.';
const WHYS = ['Updates waited for a full diagnosis', 'No template for a holding update'];
const ROOT = WHYS.at(-1) ?? '';
const ACTIONS = [
  {
    text: 'Write a holding-update template for Ωmega payments',
    owner: 'Łukasz Nowak',
    deadline: '2027-01-15',
    shown: 'Jan 15, 2027',
  },
  {
    text: 'Add a communications lead role to the incident runbook',
    owner: 'Дмитрий Орлов',
    deadline: '2027-02-01',
    shown: 'Feb 1, 2027',
  },
];

async function selectStep(page: Page, name: RegExp): Promise<void> {
  const tab = page.getByRole('tab', { name });
  await tab.click();
  await expect.poll(() => tab.getAttribute('aria-selected')).toBe('true');
}

/** The text of each page of a saved PDF, and its page sizes in points. */
function readPdf(file: string): { pages: string[]; sizes: string[] } {
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '99', file], { encoding: 'utf8' });
  return {
    pages: text
      .split('\f')
      .slice(0, -1)
      .map((p) => p.replace(/\s+/g, ' ')),
    sizes: [...info.matchAll(/^Page\s+\d+ size:\s+(\S+ x \S+) pts/gm)].map((m) => m[1] ?? ''),
  };
}

/**
 * What the drawing on page 2 is made of, decoded by the browser: the share of its pixels
 * that are near white (the paper), dark (lines and type) and coloured (gap bars, phases).
 * An empty stage exports as one black JPEG, which still "is an image".
 */
async function drawingInk(
  page: Page,
  file: string,
): Promise<{ white: number; dark: number; coloured: number }> {
  const prefix = `${file}-image`;
  execFileSync('pdfimages', ['-j', '-f', '2', '-l', '2', file, prefix]);
  const jpeg = readFileSync(`${prefix}-000.jpg`).toString('base64');
  return page.evaluate(async (base64) => {
    // Not fetched from a data: URL: the app's CSP allows no such connection.
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const blob = new Blob([bytes], { type: 'image/jpeg' });
    const bitmap = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('no 2d context');
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    let white = 0;
    let dark = 0;
    let coloured = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r = 0, g = 0, b = 0] = [data[i], data[i + 1], data[i + 2]];
      if (r > 235 && g > 235 && b > 235) white++;
      else if (r < 110 && g < 110 && b < 110) dark++;
      if (Math.max(r, g, b) - Math.min(r, g, b) > 60) coloured++;
    }
    const n = data.length / 4;
    return { white: white / n, dark: dark / n, coloured: coloured / n };
  }, jpeg);
}

/** The PDF's own syntax (stream data left out): where scripts, actions and forms would be. */
const pdfSyntax = (file: string): string =>
  readFileSync(file)
    .toString('latin1')
    .replace(/stream\r?\n[\s\S]*?\r?\nendstream/g, 'stream endstream');

/** Clicks **Download PDF** (in any language) and saves the file; the time it took, too. */
async function downloadPdf(page: Page, button: Locator, file: string) {
  const started = Date.now();
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  await download.saveAs(file);
  return { name: download.suggestedFilename(), ms: Date.now() - started };
}

async function addAction(group: Locator, action: (typeof ACTIONS)[number]): Promise<void> {
  const before = await group.getByRole('textbox', { name: 'Action', exact: true }).count();
  await group.getByRole('button', { name: 'Add action' }).click();
  const text = group.getByRole('textbox', { name: 'Action', exact: true }).nth(before);
  await text.waitFor();
  await text.fill(action.text);
  await text.blur();
  const owner = group.getByRole('combobox', { name: 'Owner', exact: true }).nth(before);
  await owner.fill(action.owner);
  await owner.press('Enter');
  const deadline = group.getByLabel('Deadline', { exact: true }).nth(before);
  await deadline.fill(action.deadline);
  await deadline.blur();
  await expect.poll(() => deadline.inputValue()).toBe(action.deadline);
  await expect.poll(() => owner.inputValue()).toBe(action.owner);
}

describe('the PDF action plan', () => {
  it('downloads the plan with owners, deadlines, figures and the drawing, and nothing active', async () => {
    session = await openApp();
    const { page, baseUrl } = session;
    mkdirSync(OUT, { recursive: true });
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'Open the demo' }).click();
    await page.getByRole('tablist', { name: 'Workshop steps' }).waitFor();

    const people = page.getByRole('region', { name: 'People in the room' });
    for (const name of ['Łukasz Nowak', 'Ğül Yılmaz', 'Дмитрий Орлов']) {
      await people.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
      await people.getByRole('button', { name: 'Add person' }).click();
      await expect.poll(() => people.getByText(name).count()).toBeGreaterThan(0);
    }

    // Step 3: a gap note, by keyboard, from the timeline table.
    await selectStep(page, /^3 Assess/);
    await page
      .locator('.timeline-twin')
      .getByRole('button', { name: 'Add a note', exact: true })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Add a note' });
    await dialog.getByLabel('Category').selectOption({ label: 'Gap' });
    await dialog.getByLabel('Author', { exact: true }).fill('Ğül Yılmaz');
    await dialog.getByLabel('Text', { exact: true }).fill(PROBLEM);
    await dialog.getByLabel('Text', { exact: true }).press('Control+Enter');
    await dialog.waitFor({ state: 'detached' });

    // Step 4: its root cause, two whys deep.
    await selectStep(page, /^4 Root causes/);
    const problem = page.locator('li.problem-note').filter({ hasText: PROBLEM });
    await problem.getByRole('button', { name: 'Find the root cause' }).click();
    for (const [i, why] of WHYS.entries()) {
      if (i > 0) await problem.getByRole('button', { name: 'Ask why again' }).click();
      await problem.getByRole('textbox', { name: `Why ${i + 1}`, exact: true }).fill(why);
    }
    await problem.getByRole('button', { name: 'Save root cause' }).click();
    await expect.poll(() => page.locator('ul.root-cause-list > li').count()).toBe(1);

    // Step 5: picked for the plan, with two actions that have owners and deadlines.
    await selectStep(page, /^5 Plan/);
    await page.getByRole('checkbox', { name: ROOT, exact: true }).check();
    const group = page.getByRole('region', { name: `Actions for: ${ROOT}`, exact: true });
    for (const action of ACTIONS) await addAction(group, action);

    // The paper follows the browser's locale (en-US: Letter); A4 is one choice away.
    const paper = page.getByRole('combobox', { name: 'Paper size' });
    expect(await paper.inputValue()).toBe('letter');
    await paper.selectOption({ label: 'A4' });
    const canvasSize = () =>
      page.evaluate(() => {
        const r = window.gaplineTimeline?.stageRect();
        return r === undefined || r === null ? null : { width: r.width, height: r.height };
      });
    const canvasBefore = await canvasSize();

    const file = `${OUT}/demo-plan-en.pdf`;
    const button = page.getByRole('button', { name: 'Download PDF' });
    const { name, ms } = await downloadPdf(page, button, file);
    console.log(`PDF made and downloaded in ${ms} ms`);
    expect(name).toBe('comms-review-card-payments-failing-at-checkout-2026-10-13.pdf');
    const status = page.getByRole('status').filter({ hasText: 'Downloaded' });
    await expect
      .poll(() => status.textContent())
      .toMatch(new RegExp(`Downloaded ${name} \\(\\d+ pages\\)`));
    expect(await page.getByText('shown as □').count()).toBe(0);
    // The drawing on screen was not redrawn at another size for the PDF.
    expect(canvasBefore).not.toBeNull();
    expect(await canvasSize()).toEqual(canvasBefore);

    const { pages, sizes } = readPdf(file);
    const first = pages[0] ?? '';
    const all = pages.join(' ');
    for (const action of ACTIONS) {
      expect(first).toContain(action.text);
      expect(first).toContain(action.owner);
      expect(first).toContain(action.shown);
    }
    expect(first).toContain(`↳ Root cause: ${ROOT}`);
    for (const person of ['Łukasz Nowak', 'Ğül Yılmaz', 'Дмитрий Орлов'])
      expect(first).toContain(person);
    // The Summary: 29 min to the first update, a 70-minute longest gap, 2 gaps and 55 minutes over target.
    expect(first).toMatch(
      /Time to first update Longest gap Gaps over target Minutes over target 29 min ⚠ 70 min ⚠ ?2 ⚠ 55 min/,
    );
    expect(all).toMatch(/Update 5 · 14:35 Update 6 · 15:45 70 ⚠ Gap ★ longest/);
    expect(all).toContain(`• Gap: ${PROBLEM} (Ğül Yılmaz`);
    // Page 2 is the drawing, on A4 landscape; every other page is A4 portrait.
    expect(sizes[0]).toBe('595.28 x 841.89');
    expect(sizes[1]).toBe('841.89 x 595.28');
    expect(pages[1]).toContain('The whole incident, from the alert to the resolution');
    expect(all).not.toContain('No timeline image');
    // The drawing is drawn (an empty stage was once exported as a black box): paper, lines
    // and type, coloured phases and gaps. Measured on the demo: 38 % white, 1.8 % dark,
    // 4.9 % coloured; the black box was 0 %, 100 %, 0 %.
    const ink = await drawingInk(page, file);
    console.log(`the PDF's drawing: ${JSON.stringify(ink)}`);
    expect(ink.white).toBeGreaterThan(0.2);
    expect(ink.dark).toBeGreaterThan(0.005);
    expect(ink.dark).toBeLessThan(0.2);
    expect(ink.coloured).toBeGreaterThan(0.02);
    pages.forEach((p, i) => expect(p).toContain(`Page ${i + 1} of ${pages.length}`));

    const syntax = pdfSyntax(file);
    expect(syntax).toContain('/Subtype /Image');
    expect(syntax).not.toMatch(/\/(JavaScript|JS|AcroForm|Launch|URI)\b/);

    await page.getByRole('button', { name: 'Download PDF' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${OUT}/export-section-en.png` });
    await expectAccessible(page, 'plan step after the PDF export');
    expect(session.problems).toEqual([]);
    expect(session.foreignRequests).toEqual([]);
  }, 180_000);

  it('is in Spanish, on A4, for a Spanish browser', async () => {
    session = await openApp({ locale: 'es-ES' });
    const { page, baseUrl } = session;
    mkdirSync(OUT, { recursive: true });
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'Abrir la demo' }).click();
    const paper = page.getByRole('combobox', { name: 'Tamaño del papel' });
    expect(await paper.inputValue()).toBe('a4');
    const file = `${OUT}/demo-plan-es.pdf`;
    const { name } = await downloadPdf(
      page,
      page.getByRole('button', { name: 'Descargar PDF' }),
      file,
    );
    expect(name).toBe('comms-review-card-payments-failing-at-checkout-2026-10-13.pdf');
    const { pages, sizes } = readPdf(file);
    const all = pages.join(' ');
    for (const words of [
      'REVISIÓN DE LA COMUNICACIÓN DE UN INCIDENTE',
      'Resumen',
      'Plan de acción',
      'En esta revisión no se acordó ninguna acción.',
      'Huecos en la comunicación',
      'Comunicaciones',
      `Página 1 de ${pages.length}`,
    ])
      expect(all).toContain(words);
    expect(sizes[0]).toBe('595.28 x 841.89');
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Descargado' }).count())
      .toBe(1);
    await expectAccessible(page, 'review after the PDF export (es)');
    expect(session.problems).toEqual([]);
  }, 120_000);
});
