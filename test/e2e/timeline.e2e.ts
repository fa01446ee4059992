// The timeline drawing in Chromium (issue "The timeline", Done when): import a file, count
// the branches and dots through the accessible twin (table **Timeline**), add a note on the
// canvas, drag it, reload, and find it where it was; hover and click a dot; Download image.
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { expectAccessible, openApp, type AppSession } from './support/openApp';
import { readTable } from './support/readTable';

let session: AppSession | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const probe = <T>(page: Page, fn: string, arg?: string): Promise<T> =>
  page.evaluate(
    ([name, value]) => {
      const p = window.gaplineTimeline as unknown as Record<string, (v?: string) => unknown>;
      return p[name as string]?.(value) as never;
    },
    [fn, arg] as const,
  );

async function importCheckoutOutage(page: Page, baseUrl: string): Promise<void> {
  await page.goto(baseUrl);
  await page.getByLabel('Time zone of the file').selectOption('America/Sao_Paulo');
  await page.getByLabel('Import timeline').setInputFiles('test/fixtures/e2e/checkout-outage.csv');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.locator('.konvajs-content canvas').first().waitFor();
  await page.waitForFunction(() => window.gaplineTimeline?.stageRect() != null);
}

describe('the timeline', () => {
  it('draws the imported file, takes a note that survives a drag and a reload', async () => {
    session = await openApp();
    const { page, baseUrl } = session;
    await importCheckoutOutage(page, baseUrl);

    // The twin lists the alert, the 8 communications (internal and follow-up included)
    // and the resolution update's end, in time order.
    const rows = await readTable(page, 'Timeline');
    const communications = rows.filter((r) =>
      /Update|Internal|Follow-up|Resolution update/.test(r[1] ?? ''),
    );
    expect(communications).toHaveLength(8);
    expect(rows[0]?.[1]).toBe('Alert');
    const branches = new Set(rows.flatMap((r) => (/^Branch · /.test(r[2] ?? '') ? [r[2]] : [])));
    // Status page is used 5 times: one branch; Twitter/X, Email, Slack are single dots.
    expect([...branches]).toEqual(['Branch · Status page']);
    const drawing = page.getByRole('group', { name: /Timeline drawing with/ });
    expect(await drawing.getAttribute('aria-label')).toContain(
      '1 branches, 8 communications and 0 notes',
    );

    // Only the notes layer listens to the pointer; dots are hit-tested, not Konva nodes.
    expect(await probe<number>(page, 'listeningNodeCount')).toBe(0);
    expect(await probe<number>(page, 'nodeCount')).toBeGreaterThan(20);

    // Add a note: double-click above the line, type, Ctrl+Enter.
    await page.locator('.timeline-canvas').scrollIntoViewIfNeeded();
    const stage = await probe<Rect>(page, 'stageRect');
    await page.mouse.dblclick(stage.x + stage.width * 0.45, stage.y + 60);
    const editor = page.getByRole('group', { name: 'New note' });
    await editor.getByLabel('Note text').fill('Support heard of it from customers first.');
    await editor.getByLabel('Category').selectOption({ label: 'Confusion' });
    await editor.getByLabel('Author').fill('Marta');
    await editor.getByLabel('Note text').press('Control+Enter');
    await expect.poll(async () => (await probe<string[]>(page, 'noteIds')).length).toBe(1);
    const [noteId = ''] = await probe<string[]>(page, 'noteIds');
    const noteRow = async () =>
      (await readTable(page, 'Timeline')).find((r) => (r[1] ?? '').startsWith('Note'));
    expect((await noteRow())?.[5]).toContain('Support heard of it from customers first.');
    const timeBefore = (await noteRow())?.[0];

    // Drag it 200 px right and 40 px down: its moment moves later.
    await page.locator('.timeline-canvas').scrollIntoViewIfNeeded();
    const start = await probe<Rect>(page, 'noteRect', noteId);
    await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 20; i++) {
      await page.mouse.move(start.x + start.width / 2 + i * 10, start.y + start.height / 2 + i * 2);
    }
    await page.mouse.up();
    await expect.poll(async () => (await noteRow())?.[0]).not.toBe(timeBefore);
    const moved = await probe<Rect>(page, 'noteRect', noteId);
    const stageThen = await probe<Rect>(page, 'stageRect');
    expect(moved.x).toBeCloseTo(start.x + 200, -1);
    expect(moved.y).toBeCloseTo(start.y + 40, -1);
    const timeAfter = (await noteRow())?.[0];
    await expect.poll(() => page.getByText('Saved', { exact: true }).count()).toBe(1);

    // Pan: dragging the background moves the drawing (and the note with it); the wheel
    // zooms about the pointer; Fit brings the incident back.
    const bg = { x: stage.x + 30, y: stage.y + stage.height - 40 };
    await page.mouse.move(bg.x + 300, bg.y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(bg.x + 300 - i * 25, bg.y);
    await page.mouse.up();
    await expect
      .poll(async () => (await probe<Rect>(page, 'noteRect', noteId)).x)
      .toBeCloseTo(moved.x - 250, -1);
    // The drag moved the view, not the note's moment.
    expect((await noteRow())?.[0]).toBe(timeAfter);
    await page.mouse.move(stage.x + 20, stage.y + stage.height / 2);
    await page.mouse.wheel(0, -400);
    // Zooming in about a point left of the note pushes the note to the right.
    await expect
      .poll(async () => (await probe<Rect>(page, 'noteRect', noteId)).x)
      .toBeGreaterThan(moved.x - 250 + 100);
    await page.getByRole('button', { name: 'Fit' }).click();
    await expect
      .poll(async () => (await probe<Rect>(page, 'noteRect', noteId)).x)
      .toBeCloseTo(moved.x, 0);

    // Reload: the note is where it was dropped, at the same moment.
    await page.reload();
    await page.waitForFunction(() => (window.gaplineTimeline?.noteIds().length ?? 0) === 1);
    // The drawing is made right after the page's first paint.
    await page.waitForFunction((id) => window.gaplineTimeline?.noteRect(id) != null, noteId);
    const reloaded = await probe<Rect>(page, 'noteRect', noteId);
    const stageNow = await probe<Rect>(page, 'stageRect');
    // Same place on the drawing (the page may scroll differently after a reload).
    expect(reloaded.x - stageNow.x).toBeCloseTo(moved.x - stageThen.x, 0);
    expect(reloaded.y - stageNow.y).toBeCloseTo(moved.y - stageThen.y, 0);
    expect((await noteRow())?.[0]).toBe(timeAfter);

    await expectAccessible(page, 'review with the timeline');
    mkdirSync('test-results/screenshots', { recursive: true });
    await page
      .locator('.timeline-section')
      .screenshot({ path: 'test-results/screenshots/timeline-csv.png' });
    expect(session.problems).toEqual([]);
    expect(session.foreignRequests).toEqual([]);
  });

  it('shows a message for a focused or pointed dot, opens it on click, and downloads the drawing as a PNG', async () => {
    session = await openApp();
    const { page, baseUrl } = session;
    await importCheckoutOutage(page, baseUrl);
    const emailRow = page
      .getByRole('table', { name: 'Timeline', exact: true })
      .getByRole('row')
      .filter({ hasText: 'We are still working on it.' });
    // Keyboard focus on the row (its first button) points the drawing at its dot. The
    // mouse waits at the page's edge, so scrolling does not hover another dot.
    await page.mouse.move(1, 1);
    await emailRow.getByRole('button').first().focus();
    const tooltip = page.locator('.dot-tooltip');
    await expect.poll(() => tooltip.textContent()).toContain('We are still working on it.');
    await page.locator('.timeline-canvas').scrollIntoViewIfNeeded();
    const box = await tooltip.boundingBox();
    expect(box).not.toBeNull();

    // The tooltip stands over the dot: point at that spot on the canvas, then click it.
    const dotX = (box?.x ?? 0) + (box?.width ?? 0) / 2;
    const dotY = (box?.y ?? 0) + (box?.height ?? 0) + 14;
    await page.mouse.move(dotX, dotY - 40);
    await page.mouse.move(dotX, dotY);
    await expect.poll(() => tooltip.textContent()).toContain('15:55 UTC−03:00 · Email');
    await page.mouse.click(dotX, dotY);
    const dialog = page.getByRole('dialog', { name: 'Edit communication' });
    await dialog.waitFor();
    expect(await dialog.getByLabel('Message text').inputValue()).toBe(
      'We are still working on it.',
    );
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download image' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('timeline-checkout-outage.png');
    const path = await file.path();
    const bytes = readFileSync(path);
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(10_000);
  });
});
