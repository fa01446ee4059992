// @vitest-environment node
// `gapline report` as the built command runs it (`dist-cli/gapline.mjs`): it finds the PDF
// fonts in the package's public/ wherever it is run from, and writes what the in-process
// command writes. Few spawns: each costs a few hundred ms.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBackupDocument } from '../../../src/domain/schema/parseBackupDocument';
import { buildReportModel } from '../../../src/domain/report/buildReportModel';
import { reportMarkdown } from '../../../src/export/text/reportMarkdown';
import { makeTranslate } from '../../../src/i18n/makeTranslate';
import { BIN, ROOT, ensureBuiltCli } from './builtCli';

const BACKUP = join(ROOT, 'test/fixtures/gapline-backup-v1.json');
const CARD = '9b1f6a52-3c1e-4d8e-9a57-0d1c2f3e4a50';
const out = mkdtempSync(join(tmpdir(), 'gapline-report-'));

beforeAll(ensureBuiltCli, 60_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** Run from a directory that is not the package's, as `npx gapline` may be. */
const gapline = (...args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], { cwd: tmpdir(), encoding: 'utf8' });

describe('dist-cli/gapline.mjs report', () => {
  it('md: the same Markdown as the renderer in-process, for one review of a backup', () => {
    const path = join(out, 'card.md');
    const run = gapline('report', BACKUP, '--incident', CARD, '-o', path, '--lang', 'es');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`wrote ${path}\n`);
    const read = parseBackupDocument(readFileSync(BACKUP, 'utf8'));
    const data = read.ok ? read.reviews[0] : undefined;
    if (data === undefined) throw new Error('fixture unreadable');
    const text = readFileSync(path, 'utf8');
    // The report is dated when it is made: compare everything else.
    const made = /^Hecho con Gapline el [^\n]*\n/m;
    const expected = reportMarkdown(buildReportModel(data, { language: 'es', generatedAt: 0 }), {
      t: makeTranslate('es'),
      locale: 'es',
    });
    expect(text.replace(made, '')).toBe(expected.replace(made, ''));
  });

  it('pdf: finds its fonts from any working directory; says there is no timeline drawing', () => {
    const path = join(out, 'card.pdf');
    const run = gapline('report', BACKUP, '--incident', CARD, '--format', 'pdf', '-o', path);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^wrote .*card\.pdf: \d+ pages?\n$/);
    expect(readFileSync(path).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // poppler's pdftotext (installed by .ci/run) reads the PDF's words back.
    const text = spawnSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    if (text.error !== undefined)
      throw new Error('pdftotext is needed: apt-get install poppler-utils');
    expect(text.stdout).toContain('Card payments outage');
    // The PDF's own sentence for a copy made without the drawing.
    const none = makeTranslate('en')('export.pdf.timeline.none');
    expect(text.stdout.replace(/\s+/g, ' ')).toContain(none.replace(/\s+/g, ' '));
  });

  it('a backup of two reviews without --incident: one line, exit 1, nothing written', () => {
    const path = join(out, 'none.md');
    const run = gapline('report', BACKUP, '-o', path);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      /^gapline: .*gapline-backup-v1\.json: it holds 2 incidents; choose one with --incident ID \(9b1f6a52-[^\n]*\)\n$/,
    );
    expect(existsSync(path)).toBe(false);
  });
});
