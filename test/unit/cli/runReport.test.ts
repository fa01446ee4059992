// @vitest-environment node
// `gapline report` in-process (../shared/spec/contracts.md, "Command line"): the same report
// model and renderers as the app's export buttons; one line on stderr and a non-zero exit
// for every failure. The real binary is exercised in gaplineReportBin.test.ts.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readBytesFile } from '../../../src/cli/binaryFiles';
import { runCli } from '../../../src/cli/runCli';
import { buildReportModel } from '../../../src/domain/report/buildReportModel';
import { serializeBackup } from '../../../src/domain/schema/serializeBackup';
import { serializeReview } from '../../../src/domain/schema/serializeReview';
import { actionsCsv } from '../../../src/export/text/actionsCsv';
import { reportMarkdown } from '../../../src/export/text/reportMarkdown';
import { makeTranslate } from '../../../src/i18n/makeTranslate';
import { reassignIds } from '../../../src/import/reassignIds';
import { makeSmallReview } from '../export/text/makeSmallReview';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const NOW = Date.parse('2026-01-01T00:00:00Z');
const CORPUS = '/work/shared/corpus/statuspage-github';
const corpus = (id: string): string => readFileSync(`${CORPUS}/${id}.json`, 'utf8');

const small = makeSmallReview();
let n = 0;
const other = reassignIds(
  { ...makeSmallReview(), review: { ...small.review, title: 'Other' } },
  () => `o-${++n}`,
);

async function run(argv: string[], files: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const written = new Map<string, string | Uint8Array>();
  const code = await runCli(argv, {
    readFile: (path) =>
      path in files ? { ok: true, text: files[path] ?? '' } : { ok: false, reason: 'no such file' },
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    now: () => NOW,
    writeFile: (path, data) => {
      if (path.startsWith('/read-only/')) return { ok: false, reason: 'permission denied' };
      written.set(path, data);
      return { ok: true };
    },
    readBytes: readBytesFile,
    assetsDir: `${ROOT}public`,
  });
  const text = (path: string): string => {
    const data = written.get(path);
    if (typeof data !== 'string') throw new Error(`${path} was not written as text`);
    return data;
  };
  return { code, stdout, stderr, written, text };
}

const files = { 'review.json': serializeReview(small) };

describe('gapline report', () => {
  it('md: exactly the app’s Markdown of the review', async () => {
    const r = await run(['report', 'review.json', '--format', 'md', '-o', 'out.md'], files);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('wrote out.md\n');
    const model = buildReportModel(small, { language: 'en', generatedAt: NOW });
    expect(r.text('out.md')).toBe(reportMarkdown(model, { t: makeTranslate('en'), locale: 'en' }));
  });

  it('csv and ics: the actions, the deadlines, the count of what was left out', async () => {
    const csv = await run(['report', 'review.json', '-o', 'actions.csv'], files);
    expect(csv.stdout).toBe('wrote actions.csv: 2 actions\n');
    const model = buildReportModel(small, { language: 'en', generatedAt: NOW });
    expect(csv.text('actions.csv')).toBe(actionsCsv(model, { t: makeTranslate('en') }));

    const ics = await run(['report', 'review.json', '--format', 'ics', '-o', 'plan.ics'], files);
    expect(ics.code).toBe(0);
    expect(ics.stdout).toBe('wrote plan.ics: 1 event (1 action without a deadline left out)\n');
    const calendar = ics.text('plan.ics');
    expect(calendar).toContain('DTSTAMP:20260101T000000Z\r\n');
    expect(calendar).toContain('DTSTART;VALUE=DATE:20240401\r\n');
  });

  it('--lang es and --tz: Spanish words, times in that zone', async () => {
    const r = await run(
      ['report', 'review.json', '-o', 'es.md', '--lang', 'es', '--tz', 'America/Sao_Paulo'],
      files,
    );
    expect(r.code).toBe(0);
    const md = r.text('es.md');
    expect(md).toMatch(/^# Revisión de la comunicación: Checkout errors\n/);
    expect(md).toContain('- **Alerta:** 5 mar 2024, 09:00 UTC−03:00');
  });

  it('pdf: drawn with the package’s fonts, no timeline image', async () => {
    const r = await run(['report', 'review.json', '-o', 'plan.pdf'], files);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^wrote plan\.pdf: \d+ pages?\n$/);
    const pdf = r.written.get('plan.pdf');
    if (!(pdf instanceof Uint8Array)) throw new Error('no PDF bytes');
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-');
  });

  it('a Statuspage export: its report, even with no plan yet', async () => {
    const r = await run(['report', 'a.json', '-o', 'a.md'], { 'a.json': corpus('lc8s9rtyjmgq') });
    expect(r.code).toBe(0);
    expect(r.text('a.md')).toMatch(/^# Communication review: Incident with GitHub Actions\n/);
    expect(r.text('a.md')).toContain('## Action plan\n\nNo actions yet.\n');
  });

  it('a file of several incidents needs --incident, and says which ids it holds', async () => {
    const backup = { 'backup.json': serializeBackup([small, other], NOW) };
    const many = await run(['report', 'backup.json', '-o', 'x.md'], backup);
    expect(many.code).toBe(1);
    expect(many.stdout).toBe('');
    expect(many.stderr).toBe(
      'gapline: backup.json: it holds 2 incidents; choose one with --incident ID (inc-1, o-2)\n',
    );
    const one = await run(
      ['report', 'backup.json', '-o', 'x.md', '--incident', other.review.id],
      backup,
    );
    expect(one.code).toBe(0);
    expect(one.text('x.md')).toMatch(/^# Communication review: Checkout errors\n/);
    const none = await run(['report', 'backup.json', '-o', 'x.md', '--incident', 'nope'], backup);
    expect(none.stderr).toBe('gapline: backup.json: no incident nope\n');
    expect(none.code).toBe(1);
  });

  it('failures: one line on stderr, a non-zero exit, nothing written', async () => {
    const missing = await run(['report', 'nope.json', '-o', 'x.md']);
    expect(missing).toMatchObject({
      code: 1,
      stdout: '',
      stderr: 'gapline: cannot read nope.json: no such file\n',
    });
    const unknown = await run(['report', 'x.txt', '-o', 'x.md'], { 'x.txt': 'hello\nworld' });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^gapline: x\.txt: Gapline cannot read this file\. [^\n]*\n$/);
    const readOnly = await run(['report', 'review.json', '-o', '/read-only/x.md'], files);
    expect(readOnly).toMatchObject({
      code: 1,
      stderr: 'gapline: cannot write /read-only/x.md: permission denied\n',
    });
    const usage = await run(['report', 'review.json']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toBe("gapline report: -o OUT is required (see 'gapline report --help')\n");
    for (const r of [missing, unknown, readOnly, usage]) expect(r.written.size).toBe(0);
  });

  it('pdf without its fonts: one line saying where they were looked for', async () => {
    let stderr = '';
    const code = await runCli(['report', 'review.json', '-o', 'x.pdf'], {
      readFile: () => ({ ok: true, text: files['review.json'] }),
      stdout: () => undefined,
      stderr: (t) => (stderr += t),
      now: () => NOW,
      writeFile: () => ({ ok: true }),
      readBytes: readBytesFile,
      assetsDir: '/no/such/dir',
    });
    expect(code).toBe(1);
    expect(stderr).toBe('gapline: cannot read the PDF fonts in /no/such/dir: no such file\n');
  });
});
