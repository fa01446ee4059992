// Import a real Statuspage incident through **Import timeline**: the web app's gap table
// equals the CLI's JSON for the same file.
import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from './support/openApp';
import { readTable } from './support/readTable';

const FILE = '../shared/corpus/statuspage-github/lc8s9rtyjmgq.json';

interface CliGap {
  fromLabel: string;
  toLabel: string;
  minutes: number;
  status: 'ok' | 'late' | 'gap';
}

let session: AppSession | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

const STATUS = { ok: 'OK', late: 'Late', gap: 'Gap' } as const;
const shown = (m: number) => {
  const r = Math.round(m * 10) / 10;
  return Number.isInteger(r) ? String(r) : r.toFixed(1);
};

describe('import a Statuspage incident', () => {
  it('shows the same gaps as `gapline analyze --format json`, and keeps them after a reload', async () => {
    const cli = JSON.parse(
      execFileSync(
        process.execPath,
        ['dist-cli/gapline.mjs', 'analyze', FILE, '--format', 'json'],
        {
          encoding: 'utf8',
        },
      ),
    ) as { reports: { gaps: CliGap[] }[] };
    const gaps = cli.reports[0]?.gaps ?? [];
    // The two tweets add moments of their own (Twitter/X): 5 updates + 2 tweets → 6 moments.
    expect(gaps.length).toBeGreaterThan(3);

    session = await openApp();
    const { page, baseUrl } = session;
    await page.goto(baseUrl);
    await page.getByLabel('Import timeline').setInputFiles(FILE);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    for (const pass of ['imported', 'reloaded']) {
      const rows = await readTable(page, 'Communication gaps');
      expect(rows.length, pass).toBe(gaps.length);
      rows.forEach(([from = '', to = '', minutes = '', status = ''], i) => {
        const g = gaps[i] as CliGap;
        expect(from.startsWith(`${g.fromLabel} · `), `${pass} row ${i} from: ${from}`).toBe(true);
        expect(to.startsWith(`${g.toLabel} · `), `${pass} row ${i} to: ${to}`).toBe(true);
        expect(minutes).toBe(shown(g.minutes));
        expect(status).toContain(STATUS[g.status]);
      });
      if (pass === 'imported') await page.reload();
    }
    expect(session.problems).toEqual([]);
  });
});
