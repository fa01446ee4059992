// "Take the plan away" in Chromium: on the demo, with a small plan made through the
// workshop's own controls, the Markdown, CSV and calendar downloads hold the review's
// report; Copy Markdown copies the same report; "Back up this review" and re-import give
// back exactly the same review (after it was deleted), and as a copy beside it when it is
// still there; "Back up all reviews" holds both. axe on the exports and the home page.
import { mkdirSync, readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { expectAccessible, openApp, type AppSession } from './support/openApp';

let session: AppSession | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

const DEMO_TITLE = 'Card payments failing at checkout';
const GAP_NOTE = 'Seventy minutes without a word on the status page.';
const ROOT = 'No comms role in the runbook';
const ACTION = 'Add a "communications lead", with a deputy, to the runbook';
const FILE_STEM = 'comms-review-card-payments-failing-at-checkout-';
const SHOTS = 'test-results/screenshots';

/** Clicks and returns the download it starts, with its file name and bytes. */
async function download(
  page: Page,
  click: () => Promise<void>,
): Promise<{ name: string; bytes: Buffer; text: string; path: string }> {
  const [started] = await Promise.all([page.waitForEvent('download'), click()]);
  const d: Download = started;
  const path = await d.path();
  const bytes = readFileSync(path);
  return { name: d.suggestedFilename(), bytes, text: bytes.toString('utf8'), path };
}

async function selectStep(page: Page, name: RegExp): Promise<void> {
  const tab = page.getByRole('tab', { name });
  await tab.click();
  await expect.poll(() => tab.getAttribute('aria-selected')).toBe('true');
}

/** A gap note, its root cause and two actions (one without a deadline), by the workshop's controls. */
async function makeSmallPlan(page: Page): Promise<void> {
  await selectStep(page, /^3 Assess/);
  const twin = page.locator('.timeline-twin');
  await twin.getByRole('button', { name: 'Add a note', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a note' });
  await dialog.getByLabel('Category').selectOption({ label: 'Gap' });
  await dialog.getByLabel('Author', { exact: true }).fill('Carla Ruiz');
  await dialog.getByLabel('Text', { exact: true }).fill(GAP_NOTE);
  await dialog.getByLabel('Text', { exact: true }).press('Control+Enter');
  await dialog.waitFor({ state: 'detached' });

  await selectStep(page, /^4 Root causes/);
  const item = page.locator('li.problem-note').filter({ hasText: GAP_NOTE });
  await item.getByRole('button', { name: 'Find the root cause' }).click();
  await item.getByRole('textbox', { name: 'Why 1', exact: true }).fill(ROOT);
  await item.getByRole('button', { name: 'Save root cause' }).click();
  await item.getByRole('button', { name: 'Find the root cause' }).waitFor({ state: 'detached' });

  await selectStep(page, /^5 Plan/);
  await page.getByRole('checkbox', { name: ROOT, exact: true }).check();
  const group = page.getByRole('region', { name: `Actions for: ${ROOT}`, exact: true });
  await group.getByRole('button', { name: 'Add action' }).click();
  const action = group.getByRole('textbox', { name: 'Action', exact: true });
  await action.fill(ACTION);
  await action.blur();
  const owner = group.getByRole('combobox', { name: 'Owner', exact: true });
  await owner.fill('Ana Souza');
  await owner.press('Enter');
  const deadline = group.getByLabel('Deadline', { exact: true });
  await deadline.fill('2027-01-15');
  await deadline.blur();
  await expect.poll(() => group.getByText('No deadline', { exact: true }).count()).toBe(0);
  // A second action from a common recommendation, with no deadline (the list is folded
  // once the root cause has an action).
  await group.getByText('Common recommendations', { exact: true }).click();
  await group.getByRole('button', { name: 'Use as a starting point' }).first().click();
  await expect
    .poll(() => group.getByRole('textbox', { name: 'Action', exact: true }).count())
    .toBe(2);
  await expect.poll(() => page.getByText('Saved', { exact: true }).count()).toBeGreaterThan(0);
}

/** Everything but the moment a document was made. */
const withoutMoment = (md: string): string => md.replace(/^Made with Gapline on [^\n]*\n/m, '');
const withoutExportedAt = (json: string): unknown => {
  const { exportedAt: _ignored, ...rest } = JSON.parse(json) as Record<string, unknown>;
  return rest;
};

describe('the exports and backups', () => {
  it('downloads the report, the actions and the deadlines; backs up and restores', async () => {
    session = await openApp();
    const { page, baseUrl, context } = session;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'Open the demo' }).click();
    await page.getByRole('tablist', { name: 'Workshop steps' }).waitFor();
    await makeSmallPlan(page);

    const exports = page.getByRole('region', { name: 'Take the plan away' });
    await exports.scrollIntoViewIfNeeded();
    const button = (name: string) => exports.getByRole('button', { name, exact: true });

    // Markdown: the report, over-target gaps said in words, the plan.
    const md = await download(page, () => button('Download Markdown').click());
    expect(md.name).toMatch(new RegExp(`^${FILE_STEM}\\d{4}-\\d{2}-\\d{2}\\.md$`));
    expect(md.text).toMatch(/^# Communication review: Card payments failing at checkout\n/);
    expect(md.text).toContain('## Summary\n');
    expect(md.text).toMatch(/\*\*Gap: over the 30-minute target, the longest\*\*/);
    expect(md.text).toContain(
      '| Add a "communications lead", with a deputy, to the runbook | Ana Souza | Jan 15, 2027 | Open | No comms role in the runbook |',
    );
    expect(md.text).toContain(`  - Gap: ${GAP_NOTE} (Carla Ruiz, `);
    expect(md.text).toContain('## Recommendations chosen\n\n- ');

    // Copy Markdown: the same report on the clipboard.
    await button('Copy Markdown').click();
    await expect
      .poll(() =>
        exports
          .getByRole('status')
          .filter({ hasText: /^Copied$/ })
          .count(),
      )
      .toBe(1);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(withoutMoment(copied)).toBe(withoutMoment(md.text));

    // CSV: BOM, header, the actions; quotes doubled, the comma's cell quoted.
    const csv = await download(page, () => button('Download CSV').click());
    expect(csv.name).toMatch(/\.csv$/);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.text.slice(1).split('\r\n');
    expect(lines[0]).toBe('Action,Owner,Deadline,Status,Root cause');
    expect(lines[1]).toBe(
      '"Add a ""communications lead"", with a deputy, to the runbook",Ana Souza,2027-01-15,Open,No comms role in the runbook',
    );
    expect(lines).toHaveLength(4);

    // Calendar: one all-day event (the other action has no deadline, as the page says).
    await expect
      .poll(() =>
        exports.getByText('1 action has no deadline and is left out of the calendar.').count(),
      )
      .toBe(1);
    const ics = await download(page, () => button('Download calendar').click());
    expect(ics.name).toMatch(/\.ics$/);
    const calendar = ics.text.replace(/\r\n[ \t]/g, '');
    expect(calendar.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(calendar).toContain('DTSTART;VALUE=DATE:20270115\r\nDTEND;VALUE=DATE:20270116\r\n');
    expect(calendar).toContain(
      'SUMMARY:Add a "communications lead"\\, with a deputy\\, to the runbook\r\n',
    );
    expect(calendar).toContain(`DESCRIPTION:Owner: Ana Souza\\nStatus: Open\\nRoot cause: ${ROOT}`);

    await page.mouse.move(1, 1);
    await expectAccessible(page, 'the exports');
    mkdirSync(SHOTS, { recursive: true });
    await exports.screenshot({ path: `${SHOTS}/exports-en.png` });

    // Back up this review; delete it; import the backup: exactly the same review.
    const backup = await download(page, () => button('Back up this review').click());
    expect(backup.name).toMatch(new RegExp(`^${FILE_STEM}\\d{4}-\\d{2}-\\d{2}\\.gapline\\.json$`));
    await page.getByRole('link', { name: 'All reviews' }).click();
    await page.getByRole('button', { name: `Delete “${DEMO_TITLE}”` }).click();
    await page.getByRole('button', { name: 'Delete review', exact: true }).click();
    await page.getByText(/^No reviews yet/).waitFor();
    await page.getByLabel('Import timeline').setInputFiles(backup.path);
    let preview = page.getByRole('dialog', { name: 'Import preview' });
    await preview.getByText(/· Gapline file$/).waitFor();
    expect(await preview.getByText(/already in this browser/).count()).toBe(0);
    await preview.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('tablist', { name: 'Workshop steps' }).waitFor();
    const again = await download(page, () =>
      page
        .getByRole('region', { name: 'Take the plan away' })
        .getByRole('button', { name: 'Back up this review' })
        .click(),
    );
    expect(withoutExportedAt(again.text)).toEqual(withoutExportedAt(backup.text));

    // The same file again, with the review still here: a copy beside it.
    await page.getByRole('link', { name: 'All reviews' }).click();
    await page.getByLabel('Import timeline').setInputFiles(backup.path);
    preview = page.getByRole('dialog', { name: 'Import preview' });
    await preview
      .getByText(
        'This review is already in this browser: it will be imported as a copy, beside the one you have.',
      )
      .waitFor();
    await preview.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('tablist', { name: 'Workshop steps' }).waitFor();
    await page.getByRole('link', { name: 'All reviews' }).click();
    const rows = page.getByRole('table', { name: 'Your reviews' }).getByRole('row');
    await expect.poll(() => rows.filter({ hasText: DEMO_TITLE }).count()).toBe(2);

    // Back up all reviews: both, whole.
    const all = await download(page, () =>
      page.getByRole('button', { name: 'Back up all reviews' }).click(),
    );
    expect(all.name).toMatch(/^gapline-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const doc = JSON.parse(all.text) as {
      type: string;
      version: number;
      reviews: { review: { id: string } }[];
    };
    expect(doc.type).toBe('gapline-backup');
    expect(doc.version).toBe(1);
    expect(doc.reviews).toHaveLength(2);
    const original = withoutExportedAt(backup.text) as { review: { id: string } };
    expect(doc.reviews.map((r) => r.review.id)).toContain(original.review.id);
    await expect
      .poll(() => page.getByText(/^Backed up 2 reviews to gapline-backup-/).count())
      .toBe(1);
    await expectAccessible(page, 'home with the backup button');
    await page.screenshot({ path: `${SHOTS}/home-backup-en.png`, fullPage: true });

    expect(session.problems).toEqual([]);
    expect(session.foreignRequests).toEqual([]);
  });
});
