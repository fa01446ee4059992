// A review longer than 1,000 rows: the tables render a window of rows (contracts.md allows
// it above 1,000 rows, with aria-rowcount giving the total), scrolling brings every row in,
// and the page stays accessible.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { expectAccessible, openApp, type AppSession } from './support/openApp';

let session: AppSession | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

const COUNT = 1_500;
/** Scrolling settles over a few frames; on a loaded machine they are slow. */
const SCROLL_POLL = { timeout: 20_000, interval: 250 };

/** An alert and COUNT status-page updates one minute apart: `Update #1` … `Update #1500`. */
function writeLongCsv(): string {
  const alert = Date.parse('2026-03-05T00:00:00Z');
  const lines = ['timestamp,channel,author,kind,message'];
  lines.push(`${new Date(alert).toISOString()},Pager,On-call,alert,Error rate above 5%`);
  for (let i = 1; i <= COUNT; i++) {
    const at = new Date(alert + i * 60_000).toISOString();
    lines.push(`${at},Status page,Ana,update,Update #${i}: still investigating`);
  }
  const file = join(mkdtempSync(join(tmpdir(), 'gapline-long-')), 'long-incident.csv');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

/** Rows of a table's body the page has rendered (spacers left out). */
const renderedRows = (page: Page, caption: string) =>
  page
    .getByRole('table', { name: caption, exact: true })
    .locator('tbody tr:not(.table-spacer)')
    .count();

describe('a review of 1,500 messages', () => {
  it('renders a window of rows, says the total, and scrolls to the last message', async () => {
    session = await openApp();
    const { page, baseUrl } = session;
    await page.goto(baseUrl);
    await page.getByLabel('Time zone of the file').selectOption('UTC');
    await page.getByLabel('Import timeline').setInputFiles(writeLongCsv());
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('region', { name: 'Summary' }).waitFor();

    const comms = page.getByRole('table', { name: 'Communications', exact: true });
    await expect.poll(() => comms.getAttribute('aria-rowcount')).toBe(String(COUNT + 1));
    // The alert, 1,500 updates and the header row.
    const twin = page.getByRole('table', { name: 'Timeline', exact: true });
    // Each long table builds its rows in the background (aria-busy until then).
    await expect.poll(() => twin.getAttribute('aria-rowcount')).toBe(String(1 + COUNT + 1));
    const gaps = page.getByRole('table', { name: 'Communication gaps', exact: true });
    // The incident is open (gaps.md): the list runs alert → 1,500 moments → last message,
    // 1,501 gaps, plus the header row.
    await expect.poll(() => gaps.getAttribute('aria-rowcount')).toBe(String(COUNT + 1 + 1));
    for (const caption of ['Communications', 'Timeline', 'Communication gaps'])
      expect(await renderedRows(page, caption)).toBeLessThan(200);

    // Scroll to the end of the Communications table: its last rows come in, in place. Rows
    // are measured as they are drawn, so the table's end moves as the estimate is replaced
    // by real heights: scroll again until it rests, as a reader holding End would.
    const toTableEnd = () =>
      comms.evaluate((table) => {
        const box = table.getBoundingClientRect();
        window.scrollTo(0, window.scrollY + box.bottom - window.innerHeight);
        return new Promise<number>((resolve) =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() => resolve(table.getBoundingClientRect().bottom)),
          ),
        );
      });
    const last = comms.getByRole('row').filter({ hasText: `Update #${COUNT}:` });
    await expect
      .poll(async () => {
        const bottom = await toTableEnd();
        const box = (await last.count()) === 1 ? await last.boundingBox() : null;
        // Sub-pixel layout: a row ending at 900.4 px is on a 900 px screen.
        return box !== null && box.y >= 0 && box.y + box.height <= 901 && bottom <= 901;
      }, SCROLL_POLL)
      .toBe(true);
    expect(await last.getAttribute('aria-rowindex')).toBe(String(COUNT + 1));
    expect(await comms.getByRole('row').filter({ hasText: 'Update #1:' }).count()).toBe(0);

    // A row in the middle, reached by scrolling back up.
    await comms.evaluate((table) => {
      const box = table.getBoundingClientRect();
      window.scrollTo(0, window.scrollY + box.top + box.height / 2);
    });
    const middle = comms.getByRole('row').filter({ hasText: /Update #7\d\d:/ });
    await expect.poll(() => middle.count(), SCROLL_POLL).toBeGreaterThan(0);

    await expectAccessible(page, 'long review');
    expect(session.problems).toEqual([]);
  });
});
