/** The registry: one entry point, format detection, typed errors (`src/import/contract.ts`). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../../src/import/contract';
import { defaultImportOptions } from '../../../src/import/defaultImportOptions';
import { importFile } from '../../../src/import/importFile';
import { checkImportSize, MAX_IMPORT_BYTES } from '../../../src/import/importLimits';
import { detectFormat, importerFor, IMPORTERS } from '../../../src/import/registry';
import { makeImportOptions } from '../../factories/makeImportOptions';

const statuspage = readFileSync('/work/shared/corpus/statuspage-github/00km0kwpz23b.json', 'utf8');
const csv = readFileSync('test/fixtures/sample.csv', 'utf8');
const gapline = readFileSync('test/fixtures/gapline-v1.json', 'utf8');
const run = (raw: string, fileName: string | null = null) =>
  importFile(raw, fileName, makeImportOptions());
const formatOf = (r: ImportResult) => (r.ok ? r.format : r.error.code);

describe('importFile', () => {
  it('recognises each format by content, whatever the file name', () => {
    expect(formatOf(run(statuspage, 'whatever.txt'))).toBe('statuspage');
    expect(formatOf(run(csv, 'timeline.json'))).toBe('csv');
    expect(formatOf(run(gapline, 'backup.csv'))).toBe('gapline');
    expect(formatOf(run(csv.replaceAll(',', '\t')))).toBe('csv');
    expect(formatOf(run(`\uFEFF${statuspage}`))).toBe('statuspage');
    const incidentsJson = JSON.stringify({
      page: { name: 'P' },
      incidents: [JSON.parse(statuspage).incident],
    });
    expect(formatOf(run(incidentsJson))).toBe('statuspage');
  });

  it('passes the file name on (CSV title, source)', () => {
    const result = run(csv, 'march-outage.csv');
    expect(result.ok && result.incidents[0]?.data.incident.source.fileName).toBe(
      'march-outage.csv',
    );
    expect(result.ok && result.incidents[0]?.data.review.title).toBe('march-outage');
  });

  it('says which formats it accepts when a file is none of them', () => {
    for (const raw of [
      '{"name": "package", "version": "1.0.0"}',
      'just some notes\nmore notes',
      '[1,2,3]',
      'a;b;c\n1;2;3',
    ]) {
      const result = run(raw);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('unknown-format');
        expect(result.error.message).toMatch(/Statuspage JSON.*CSV\/TSV.*Gapline file/);
      }
    }
  });

  it('refuses empty files and broken JSON with typed errors', () => {
    expect(formatOf(run(''))).toBe('empty');
    expect(formatOf(run(' \n\t\r\n '))).toBe('empty');
    expect(formatOf(run('{"incident": '))).toBe('invalid-json');
  });

  it('refuses files over the size limit, saying the limit', () => {
    expect(checkImportSize(MAX_IMPORT_BYTES)).toBeNull();
    expect(checkImportSize(300 * 1024 * 1024)).toEqual({
      code: 'too-large',
      message: 'The file is 300 MB; Gapline imports files up to 200 MB.',
    });
    // 'x'.repeat builds a rope: its length is known without allocating 200 MB.
    const started = performance.now();
    const result = run('x'.repeat(MAX_IMPORT_BYTES + 1));
    expect(formatOf(result)).toBe('too-large');
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('exposes the registry by format and a cheap sniff', () => {
    expect(Object.keys(IMPORTERS).sort()).toEqual([
      'csv',
      'gapline',
      'gapline-backup',
      'statuspage',
    ]);
    expect(importerFor('csv').format).toBe('csv');
    expect(detectFormat(gapline.slice(0, 500), null)).toBe('gapline');
    expect(detectFormat(statuspage.slice(0, 500), null)).toBe('statuspage');
    expect(detectFormat(csv.slice(0, 500), null)).toBe('csv');
    expect(detectFormat('{"type":"gapline-backup","version":1', null)).toBe('gapline-backup');
    expect(detectFormat('hello', null)).toBeNull();
  });

  it('defaultImportOptions fills the defaults and keeps what is given', () => {
    const options = defaultImportOptions({ timeZone: 'Asia/Kolkata' });
    expect(options).toMatchObject({
      timeZone: 'Asia/Kolkata',
      instantSource: 'display_at',
      fileName: null,
      incidentIds: null,
      dateOrder: 'day-first',
    });
    expect(options.newId()).toMatch(/^[0-9a-f-]{36}$/);
    expect(options.newId()).not.toBe(options.newId());
    expect(Math.abs(options.now() - Date.now())).toBeLessThan(1_000);
  });
});
