// Import a CSV through **Import timeline**, check every gap against numbers worked out by
// hand, reload, and find the review unchanged.
import { mkdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { expectAccessible, openApp, type AppSession } from './support/openApp';
import { readTable } from './support/readTable';

let session: AppSession | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

// Worked out by hand from test/fixtures/e2e/checkout-outage.csv (alert 14:00 −03:00; the
// 14:12 status post and tweet are one moment; the internal Slack row and the follow-up do
// not count; the resolution update at 16:35 ends the list).
const EXPECTED = [
  ['Alert', '14:00', 'Update 1', '14:12', '12', 'OK'],
  ['Update 1', '14:12', 'Update 2', '14:40', '28', 'Late'],
  ['Update 2', '14:40', 'Update 3', '15:55', '75.5', 'Gap'],
  ['Update 3', '15:55', 'Update 4', '16:20', '24.5', 'Late'],
  ['Update 4', '16:20', 'Resolution update', '16:35', '15', 'OK'],
] as const;

describe('import a CSV', () => {
  it('shows every gap as computed by hand, lists the rejected row, and survives a reload', async () => {
    session = await openApp();
    const { page, baseUrl } = session;
    await page.goto(baseUrl);
    await expectAccessible(page, 'home');
    await page.getByLabel('Time zone of the file').selectOption('America/Sao_Paulo');
    await page.getByLabel('Import timeline').setInputFiles('test/fixtures/e2e/checkout-outage.csv');
    // The preview names the rejected row (its record starts on line 11: line 5 holds a
    // two-line quoted cell) before anything is written.
    await expect.poll(() => page.getByText(/Line 11: .*not-a-time/).count()).toBeGreaterThan(0);
    mkdirSync('test-results/screenshots', { recursive: true });
    await page.screenshot({ path: 'test-results/screenshots/import-preview.png', fullPage: true });
    await page.getByRole('button', { name: 'Import', exact: true }).click();

    const check = async () => {
      const rows = await readTable(page, 'Communication gaps');
      expect(rows).toHaveLength(EXPECTED.length);
      rows.forEach((cells, i) => {
        const [fromLabel, fromTime, toLabel, toTime, minutes, status] = EXPECTED[i] ?? [];
        const [from = '', to = '', min = '', st = ''] = cells;
        expect(from).toContain(`${fromLabel} · ${fromTime} UTC−03:00`);
        expect(to).toContain(`${toLabel} · ${toTime} UTC−03:00`);
        expect(min).toBe(minutes);
        expect(st).toContain(status);
      });
      const summary = page.getByRole('region', { name: 'Summary' });
      await expect.poll(() => summary.textContent()).toMatch(/75\.5|76/);
      const comms = await readTable(page, 'Communications');
      // 7 customer messages + 1 internal + 1 follow-up; the alert is not a communication.
      expect(comms).toHaveLength(8);
    };
    await check();
    await expectAccessible(page, 'review');
    await page.screenshot({ path: 'test-results/screenshots/review-csv.png', fullPage: true });

    await page.reload();
    await check();
    expect(session.problems).toEqual([]);
    expect(session.foreignRequests).toEqual([]);
  });
});
