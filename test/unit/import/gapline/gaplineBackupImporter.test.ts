/** Gapline backups through the import pipeline: one incident per review, ids kept. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../../../src/import/contract';
import { gaplineBackupImporter } from '../../../../src/import/gapline/gaplineBackupImporter';
import { importFile } from '../../../../src/import/importFile';
import { makeImportOptions } from '../../../factories/makeImportOptions';

const fixture = readFileSync('test/fixtures/gapline-backup-v1.json', 'utf8');
const code = (r: ImportResult) => (r.ok ? 'ok' : r.error.code);

describe('Gapline backup import', () => {
  it('gives one incident per review, with the file’s own ids', () => {
    const result = importFile(fixture, 'gapline-backup-2026-11-24.json', makeImportOptions());
    if (!result.ok) throw new Error(result.error.message);
    expect(result.format).toBe('gapline-backup');
    expect(result.incidents.map((i) => i.data.review.title)).toEqual([
      'Card payments outage',
      'Login failures (an older file)',
    ]);
    expect(result.incidents[0]?.data.review.id).toBe('9b1f6a52-3c1e-4d8e-9a57-0d1c2f3e4a50');
    expect(result.incidents.every((i) => i.warnings.length === 0 && i.rejected.length === 0)).toBe(
      true,
    );
  });

  it('maps backup errors onto import errors', () => {
    const doc = JSON.parse(fixture) as Record<string, unknown>;
    const options = makeImportOptions();
    expect(code(importFile(JSON.stringify({ ...doc, version: 7 }), null, options))).toBe(
      'unsupported-version',
    );
    expect(code(importFile(JSON.stringify({ ...doc, reviews: [{}] }), null, options))).toBe(
      'invalid-file',
    );
    expect(code(gaplineBackupImporter.parse('{"type":"gapline-backup"', options))).toBe(
      'invalid-json',
    );
    expect(code(gaplineBackupImporter.parse('{"type":"gapline"}', options))).toBe('unknown-format');
  });

  it('is told apart from a Gapline file, by its head and by its value', () => {
    expect(gaplineBackupImporter.detect(fixture.slice(0, 200), 'x.json')).toBe(true);
    expect(gaplineBackupImporter.detect('{"type": "gapline", "version": 3}', 'x.json')).toBe(false);
    expect(gaplineBackupImporter.detectValue({ type: 'gapline-backup' })).toBe(true);
    expect(gaplineBackupImporter.detectValue({ type: 'gapline' })).toBe(false);
  });
});
