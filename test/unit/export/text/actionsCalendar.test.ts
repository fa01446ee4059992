/**
 * The action deadlines as an iCalendar file (RFC 5545): one all-day event per action with
 * a deadline, stable UIDs, DTSTAMP from when the report was made, CRLF, TEXT escaping and
 * line folding at 75 octets that never splits a UTF-8 character.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReportModel } from '../../../../src/domain/report/buildReportModel';
import {
  actionsCalendar,
  actionsWithoutDeadline,
} from '../../../../src/export/text/actionsCalendar';
import { foldIcsLine, icsText } from '../../../../src/export/text/icsText';
import { makeTranslate } from '../../../../src/i18n/makeTranslate';
import { makeAction } from '../../../factories/makeRecords';
import { GENERATED_AT, makeSmallReview } from './makeSmallReview';

const modelOf = (data = makeSmallReview(), language: 'en' | 'es' = 'en') =>
  buildReportModel(data, { language, generatedAt: GENERATED_AT });
const calendarOf = (data = makeSmallReview(), language: 'en' | 'es' = 'en') =>
  actionsCalendar(modelOf(data, language), { t: makeTranslate(language) });

/** Undoes the folding (RFC 5545 §3.1): CRLF followed by one space or tab is removed. */
const unfold = (text: string): string => text.replace(/\r\n[ \t]/g, '');

const octets = (s: string): number => new TextEncoder().encode(s).length;

describe('actionsCalendar', () => {
  it('writes one all-day event per action with a deadline, exactly so', () => {
    expect(calendarOf()).toBe(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//Gapline//Incident communication review//EN',
        'CALSCALE:GREGORIAN',
        'METHOD:PUBLISH',
        'X-WR-CALNAME:Actions: Checkout errors',
        'BEGIN:VEVENT',
        'UID:action-1@gapline',
        'DTSTAMP:20240306T093000Z',
        'DTSTART;VALUE=DATE:20240401',
        'DTEND;VALUE=DATE:20240402',
        'SUMMARY:Define communication roles so everyone knows their job next time',
        // 75 octets, then the rest on a continuation line after one space.
        'DESCRIPTION:Owner: Marta\\nStatus: In progress\\nRoot cause: No one owned cus',
        ' tomer updates\\nReview: Checkout errors',
        'TRANSP:TRANSPARENT',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
  });

  it('skips actions without a deadline and counts them', () => {
    const model = modelOf();
    expect(actionsWithoutDeadline(model)).toBe(1);
    expect(calendarOf().match(/BEGIN:VEVENT/g)).toHaveLength(1);
  });

  it('one event per deadline; the day after crosses months and leap days; UIDs stable', () => {
    const base = makeSmallReview();
    const deadlines = ['2024-02-28', '2024-02-29', '2023-12-31', '2025-02-28'];
    const data = {
      ...base,
      actions: deadlines.map((deadline, i) =>
        makeAction({ id: `a${i}`, deadline, createdAt: i, rootCauseId: null }),
      ),
    };
    const ics = unfold(calendarOf(data));
    const pairs = [...ics.matchAll(/DTSTART;VALUE=DATE:(\d{8})\r\nDTEND;VALUE=DATE:(\d{8})/g)].map(
      (m) => `${m[1]}-${m[2]}`,
    );
    expect(pairs).toEqual([
      '20240228-20240229',
      '20240229-20240301',
      '20231231-20240101',
      '20250228-20250301',
    ]);
    expect([...ics.matchAll(/^UID:(.*)$/gm)].map((m) => m[1]?.trim())).toEqual([
      'a0@gapline',
      'a1@gapline',
      'a2@gapline',
      'a3@gapline',
    ]);
    expect(calendarOf(data)).toBe(calendarOf(data));
  });

  it('escapes TEXT values: backslash, semicolon, comma, line breaks; drops controls', () => {
    expect(icsText('a\\b;c,d\ne\r\nf\rg\u0000h\ti')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng' + 'h\ti');
    const base = makeSmallReview();
    const data = {
      ...base,
      actions: [
        makeAction({ id: 'x', text: 'Fix; then, test\nit', owner: 'A\\B', deadline: '2024-05-01' }),
      ],
    };
    const ics = unfold(calendarOf(data));
    expect(ics).toContain('SUMMARY:Fix\\; then\\, test\\nit\r\n');
    expect(ics).toContain('DESCRIPTION:Owner: A\\\\B\\nStatus: Open\\nReview: Checkout errors\r\n');
  });

  it('Spanish words in the description, UTF-8 intact', () => {
    const ics = unfold(calendarOf(makeSmallReview(), 'es'));
    expect(ics).toContain('X-WR-CALNAME:Acciones: Checkout errors\r\n');
    expect(ics).toContain('DESCRIPTION:Responsable: Marta\\nEstado: En curso\\nCausa raíz: ');
  });

  it('every line ends in CRLF and is at most 75 octets', () => {
    const base = makeSmallReview();
    const long = 'Ünïcödé ✓ 🚀 '.repeat(20);
    const data = {
      ...base,
      actions: [makeAction({ id: 'u', text: long, deadline: '2024-05-01' })],
    };
    const ics = calendarOf(data);
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(unfold(ics)).toContain(`SUMMARY:${icsText(long)}\r\n`);
  });
});

describe('foldIcsLine', () => {
  it('leaves a line of 75 octets alone and folds the 76th onto a continuation', () => {
    const line = 'X'.repeat(75);
    expect(foldIcsLine(line)).toBe(line);
    expect(foldIcsLine(`${line}Y`)).toBe(`${line}\r\n Y`);
    // A continuation holds 74 octets after its space.
    expect(foldIcsLine('X'.repeat(75 + 74 + 1))).toBe(
      `${'X'.repeat(75)}\r\n ${'X'.repeat(74)}\r\n X`,
    );
  });

  it('never splits a character: a 3-byte one that would cross 75 moves down whole', () => {
    const folded = foldIcsLine(`${'X'.repeat(74)}€`);
    expect(folded).toBe(`${'X'.repeat(74)}\r\n €`);
  });

  it('property: unfolding gives the line back; every physical line ≤ 75 octets, whole characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => {
        const line = s.replace(/[\r\n]/g, '');
        const folded = foldIcsLine(line);
        expect(unfold(folded)).toBe(line);
        for (const part of folded.split('\r\n')) {
          expect(octets(part)).toBeLessThanOrEqual(75);
          expect(part).not.toMatch(
            /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
          );
        }
      }),
      { numRuns: 500 },
    );
  });
});
