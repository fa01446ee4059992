/** Gapline files through the import pipeline: ids kept, so re-import gives the same review. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serializeReview } from '../../../../src/domain/schema/serializeReview';
import type { ImportResult } from '../../../../src/import/contract';
import { gaplineImporter } from '../../../../src/import/gapline/gaplineImporter';
import { importFile } from '../../../../src/import/importFile';
import { makeImportOptions } from '../../../factories/makeImportOptions';

const fixture = readFileSync('test/fixtures/gapline-v1.json', 'utf8');
const dataOf = (result: ImportResult) => {
  if (!result.ok) throw new Error(result.error.message);
  expect(result.format).toBe('gapline');
  return result.incidents[0]?.data;
};

describe('Gapline import', () => {
  it('keeps ids: importing an export of an import gives exactly the same review', () => {
    const first = dataOf(importFile(fixture, 'backup.gapline.json', makeImportOptions()));
    if (first === undefined) throw new Error('no data');
    expect(first.review.id).toBe('9b1f6a52-3c1e-4d8e-9a57-0d1c2f3e4a50');
    const again = dataOf(importFile(serializeReview(first), null, makeImportOptions()));
    expect(again).toStrictEqual(first);
  });

  it('also works from a CSV import exported as a Gapline file', () => {
    const csv = readFileSync('test/fixtures/sample.csv', 'utf8');
    const imported = importFile(
      csv,
      'sample.csv',
      makeImportOptions({ timeZone: 'America/Sao_Paulo' }),
    );
    if (!imported.ok) throw new Error(imported.error.message);
    const data = imported.incidents[0]?.data;
    if (data === undefined) throw new Error('no data');
    expect(dataOf(importFile(serializeReview(data), null, makeImportOptions()))).toStrictEqual(
      data,
    );
  });

  it('maps document errors onto import errors', () => {
    const code = (r: ImportResult) => (r.ok ? 'ok' : r.error.code);
    const doc = JSON.parse(fixture) as Record<string, unknown>;
    expect(
      code(importFile(JSON.stringify({ ...doc, version: 9 }), null, makeImportOptions())),
    ).toBe('unsupported-version');
    expect(
      code(importFile(JSON.stringify({ ...doc, channels: [] }), null, makeImportOptions())),
    ).toBe('invalid-file');
    expect(code(gaplineImporter.parse('{"type":"gapline"', makeImportOptions()))).toBe(
      'invalid-json',
    );
    expect(code(gaplineImporter.parse('{"type":"other"}', makeImportOptions()))).toBe(
      'unknown-format',
    );
  });

  it('is detected from the head of the file', () => {
    expect(gaplineImporter.detect(fixture.slice(0, 200), 'x.json')).toBe(true);
    expect(gaplineImporter.detect('{"incident": {}}', 'x.json')).toBe(false);
  });
});
