// The message checks in workshop step 3 in Chromium (issue "Assess the messages
// themselves"): on the demo, the **Message checks** region lists the findings by message;
// a rule's count filters them; one finding becomes a sticky note in one click, which then
// shows in the **Timeline** table and on the drawing, and "Note added" survives a reload;
// a dismissed hint leaves the counts and the drawing, stays dismissed and can be restored.
// axe on each new state, in English and Spanish; a screenshot of the step
// (test-results/screenshots/message-checks-en.png).
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

const SHOTS = 'test-results/screenshots';
const NOTE_TEXT = 'Cliché apology: "We apologize for any inconvenience"';

const noteIds = (page: Page): Promise<string[]> =>
  page.evaluate(() => window.gaplineTimeline?.noteIds() ?? []);
const noteRows = async (page: Page): Promise<string[][]> =>
  (await readTable(page, 'Timeline')).filter((r) => (r[1] ?? '').startsWith('Note'));

describe('message checks', () => {
  it('lists the demo’s findings in step 3 and turns one into a note on the timeline', async () => {
    session = await openApp();
    const { page, baseUrl } = session;
    mkdirSync(SHOTS, { recursive: true });
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'Open the demo' }).click();
    await page.getByRole('tablist', { name: 'Workshop steps' }).waitFor();
    expect(await page.getByRole('region', { name: 'Message checks' }).count()).toBe(0);

    const tab = page.getByRole('tab', { name: /Assess/ });
    await tab.click();
    await expect.poll(() => tab.getAttribute('aria-selected')).toBe('true');
    const checks = page.getByRole('region', { name: 'Message checks', exact: true });
    await checks.waitFor();
    await page.waitForFunction(() => window.gaplineTimeline?.stageRect() != null);

    // The demo's hints: clichés, jargon, no next-update time, an unclear resolution.
    expect(await checks.getByText(/^\d+ hints on \d+ messages$/).count()).toBe(1);
    const filter = checks.getByRole('group', { name: 'Show the hints of one rule' });
    const counts = await filter.getByRole('button').allTextContents();
    expect(counts[0]).toMatch(/^All rules \d+$/);
    expect(counts).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Cliché apology \d+$/),
        expect.stringMatching(/^No next-update time \d+$/),
        expect.stringMatching(/^Internal jargon \d+$/),
        expect.stringMatching(/^Unclear resolution \d+$/),
      ]),
    );
    const first = checks.locator('li.check-group').first();
    expect(await first.getByRole('heading', { level: 4 }).textContent()).toMatch(
      /13:41 UTC−03:00 · Status page$/,
    );
    expect(await first.textContent()).toContain('We apologize for any inconvenience.');
    await page.mouse.move(1, 1);
    await expectAccessible(page, 'step 3 with the message checks');
    const steps = page.locator('.workshop-steps');
    await page.evaluate(
      (y) => window.scrollTo(0, y + window.scrollY),
      (await steps.boundingBox())?.y ?? 0,
    );
    await page.screenshot({ path: `${SHOTS}/message-checks-en.png` });

    // A rule's count shows that rule alone; a long message opens.
    const jargon = filter.getByRole('button', { name: /^Internal jargon/ });
    await jargon.click();
    await expect.poll(() => jargon.getAttribute('aria-pressed')).toBe('true');
    expect(await checks.locator('.finding-rule').allTextContents()).toEqual(['Internal jargon']);
    await jargon.click();
    const more = checks.locator('li.check-group').filter({ hasText: 'Dear merchant' });
    await more.getByRole('button', { name: 'Show the whole message' }).click();
    const less = more.getByRole('button', { name: 'Show less' });
    await expect.poll(() => less.getAttribute('aria-expanded')).toBe('true');
    expect(await more.textContent()).toContain('We will write again as soon as we know more.');
    await expectAccessible(page, 'the message checks with a message opened');

    // One click: the finding becomes a note, on the drawing and in the Timeline table.
    expect(await noteIds(page)).toEqual([]);
    const add = checks.getByRole('button', {
      name: /^Add as note: Cliché apology, Status page message of .*13:41 UTC−03:00$/,
    });
    await add.click();
    await expect.poll(() => checks.getByRole('status').textContent()).toBe('Added a note');
    await expect.poll(async () => (await noteIds(page)).length).toBe(1);
    const rows = await noteRows(page);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.[1]).toBe('Note: Other problem');
    expect(rows[0]?.join(' ')).toContain(NOTE_TEXT);
    expect(rows[0]?.[0]).toContain('13:41');
    expect(await add.count()).toBe(0);
    const added = first.getByText('Note added');
    expect(await added.count()).toBe(1);
    await page.mouse.move(1, 1);
    await expectAccessible(page, 'the message checks after Add as note');

    // A reload: the note is still there, and still marks its finding.
    await page.reload();
    await checks.waitFor();
    await expect.poll(async () => (await noteIds(page)).length).toBe(1);
    expect(await checks.getByText('Note added').count()).toBe(1);
    expect(await noteRows(page)).toHaveLength(1);

    // In Spanish: the same panel, its words translated.
    await page.getByLabel('Language').selectOption('es');
    const revision = page.getByRole('region', { name: 'Revisión de los mensajes', exact: true });
    await revision.waitFor();
    expect(
      await revision.getByRole('group', { name: 'Mostrar las pistas de una regla' }).count(),
    ).toBe(1);
    expect(
      await revision.getByRole('button', { name: /^Añadir como nota: / }).count(),
    ).toBeGreaterThan(0);
    await page.mouse.move(1, 1);
    await expectAccessible(page, 'the message checks in Spanish');
    expect(session.problems).toEqual([]);
  });

  it('dismisses a hint: out of the counts and off the drawing, kept after a reload, and restored', async () => {
    session = await openApp();
    const { page, baseUrl } = session;
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'Open the demo' }).click();
    await page.getByRole('tablist', { name: 'Workshop steps' }).waitFor();
    const tab = page.getByRole('tab', { name: /Assess/ });
    await tab.click();
    await expect.poll(() => tab.getAttribute('aria-selected')).toBe('true');
    const checks = page.getByRole('region', { name: 'Message checks', exact: true });
    await checks.waitFor();
    await page.waitForFunction(() => (window.gaplineTimeline?.findingMarkerCount() ?? 0) > 0);
    const markers = (): Promise<number> =>
      page.evaluate(() => window.gaplineTimeline?.findingMarkerCount() ?? 0);
    const total = async (): Promise<number> =>
      Number(/^(\d+) hints/.exec((await checks.locator('.checks-total').textContent()) ?? '')?.[1]);
    const before = await total();
    const markersBefore = await markers();

    // The resolution message has one hint: dismissing it takes its marker off the drawing.
    const resolution = checks.locator('li.check-group').filter({ hasText: 'Unclear resolution' });
    expect(await resolution.locator('.finding').count()).toBe(1);
    await resolution.getByRole('button', { name: /^Dismiss: Unclear resolution, / }).click();
    await expect.poll(() => checks.getByRole('status').textContent()).toBe('Hint dismissed');
    await expect.poll(total).toBe(before - 1);
    await expect.poll(markers).toBe(markersBefore - 1);
    expect(
      await checks.getByRole('group', { name: 'Show the hints of one rule' }).textContent(),
    ).not.toContain('Unclear resolution');
    const toggle = checks.getByRole('button', { name: 'Dismissed (1)' });
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    await page.mouse.move(1, 1);
    await expectAccessible(page, 'the message checks with a dismissed hint');

    // A reload keeps it dismissed; Restore brings it back, marker included.
    await page.reload();
    await checks.waitFor();
    await expect.poll(total).toBe(before - 1);
    await checks.getByRole('button', { name: 'Dismissed (1)' }).click();
    await checks.getByRole('button', { name: /^Restore: Unclear resolution, / }).click();
    await expect.poll(() => checks.getByRole('status').textContent()).toBe('Hint restored');
    await expect.poll(total).toBe(before);
    await expect.poll(markers).toBe(markersBefore);
    expect(await checks.getByRole('button', { name: /^Dismissed/ }).count()).toBe(0);
    expect(session.problems).toEqual([]);
  });
});
