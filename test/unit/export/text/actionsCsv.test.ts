/**
 * The actions as CSV (issue "Take the plan away"; reliability notes, Table 2 row 3): safe
 * to open in a spreadsheet — a cell that starts with `=`, `+`, `-`, `@`, a tab, a carriage
 * return or NUL is neutralised with a leading `'` — quoted per RFC 4180, CRLF line ends,
 * a UTF-8 byte-order mark, the header in the report's language.
 */
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildReportModel } from '../../../../src/domain/report/buildReportModel';
import { actionsCsv, UTF8_BOM } from '../../../../src/export/text/actionsCsv';
import { csvCell, csvRows, neutraliseFormula } from '../../../../src/export/text/csvCell';
import { makeTranslate } from '../../../../src/i18n/makeTranslate';
import { GENERATED_AT, makeSmallReview } from './makeSmallReview';

const csvOf = (language: 'en' | 'es', data = makeSmallReview()) =>
  actionsCsv(buildReportModel(data, { language, generatedAt: GENERATED_AT }), {
    t: makeTranslate(language),
  });

describe('actionsCsv', () => {
  it('writes a BOM, the header and one CRLF row per action in the plan’s order', () => {
    expect(csvOf('en')).toBe(
      UTF8_BOM +
        'Action,Owner,Deadline,Status,Root cause\r\n' +
        'Define communication roles so everyone knows their job next time,Marta,2024-04-01,In progress,No one owned customer updates\r\n' +
        '"Add a ""next update at"" line to every update",,,Open,\r\n',
    );
  });

  it('the header and statuses are in the report language; accents stay UTF-8', () => {
    const csv = csvOf('es');
    expect(csv.startsWith(`${UTF8_BOM}Acción,Responsable,Fecha límite,Estado,Causa raíz\r\n`)).toBe(
      true,
    );
    expect(csv).toContain(',En curso,');
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('neutralises a cell a spreadsheet could run as a formula', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+x')).toBe("'+x");
    expect(csvCell('-x')).toBe("'-x");
    expect(csvCell('@x')).toBe("'@x");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('\rx')).toBe('"\'\rx"');
    expect(csvCell('\u0000x')).toBe("'\u0000x");
    expect(csvCell('=HYPERLINK("http://evil","click")')).toBe(
      '"\'=HYPERLINK(""http://evil"",""click"")"',
    );
    // A multi-line cell that starts with `=`: neutralised, then quoted.
    expect(csvCell('=1+1\nsecond line')).toBe('"\'=1+1\nsecond line"');
    // Only the first character counts.
    expect(csvCell('a=1')).toBe('a=1');
    expect(csvCell('2024-04-01')).toBe('2024-04-01');
    expect(neutraliseFormula('')).toBe('');
  });

  it('quotes what needs it (commas, quotes doubled, line breaks, edge blanks) and nothing else', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('one\r\ntwo')).toBe('"one\r\ntwo"');
    expect(csvCell('one\ntwo')).toBe('"one\ntwo"');
    expect(csvCell(' padded ')).toBe('" padded "');
    expect(csvCell('plain text; ok')).toBe('plain text; ok');
    expect(
      csvRows([
        ['a', 'b'],
        ['', 'c'],
      ]),
    ).toBe('a,b\r\n,c\r\n');
  });

  it('a hostile action row reads back as the same cells, neutralised', () => {
    const base = makeSmallReview();
    const data = {
      ...base,
      actions: [{ ...base.actions[0]!, text: "=cmd|' /C calc'!A0", owner: '@SUM(1,2)\n"boss"' }],
    };
    const parsed = Papa.parse<string[]>(csvOf('en', data).slice(1), {
      newline: '\r\n',
      delimiter: ',',
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[1]).toEqual([
      "'=cmd|' /C calc'!A0",
      '\'@SUM(1,2)\n"boss"',
      '2024-04-01',
      'In progress',
      'No one owned customer updates',
    ]);
  });

  it('property: parsing the CSV gives back every cell, with the leading quote on formulas', () => {
    const cell = fc.string({ unit: 'binary', maxLength: 30 });
    const TRIGGERS = ['=', '+', '-', '@', '\t', '\r', '\u0000'];
    const trigger = (c: string) => TRIGGERS.some((x) => c.startsWith(x));
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 5, maxLength: 5 }), { maxLength: 6 }),
        (rows) => {
          const text = csvRows(rows);
          expect(text.endsWith('\r\n') || rows.length === 0).toBe(true);
          const parsed = Papa.parse<string[]>(text, { newline: '\r\n', delimiter: ',' });
          const back = parsed.data.slice(0, rows.length);
          expect(back).toEqual(rows.map((r) => r.map((c) => (trigger(c) ? `'${c}` : c))));
          for (const r of back) for (const c of r) expect(trigger(c)).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });
});
