/**
 * Escaping for the Markdown report: whatever a message says shows as those characters;
 * nothing becomes markup, a link, HTML or a new block, and a multi-line text stays in its
 * table cell or list item.
 */
import { describe, expect, it } from 'vitest';
import { buildReportModel } from '../../../../src/domain/report/buildReportModel';
import {
  markdownCell,
  markdownHeadingText,
  markdownTable,
  markdownText,
} from '../../../../src/export/text/markdownText';
import { reportMarkdown } from '../../../../src/export/text/reportMarkdown';
import { makeTranslate } from '../../../../src/i18n/makeTranslate';
import { GENERATED_AT, makeSmallReview } from './makeSmallReview';

describe('markdownText', () => {
  it('escapes emphasis, code, links, strikethrough and table pipes', () => {
    expect(markdownText('a *b* _c_ `d` [e](f) ~~g~~ | h \\ i')).toBe(
      'a \\*b\\* \\_c\\_ \\`d\\` \\[e\\](f) \\~\\~g\\~\\~ \\| h \\\\ i',
    );
    expect(markdownText('![x](javascript:alert(1))')).toBe('!\\[x\\](javascript:alert(1))');
  });

  it('keeps HTML-looking text as text: < becomes &lt;, entities lose their &', () => {
    expect(markdownText('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)>');
    expect(markdownText('<script>alert(1)</script>')).toBe('&lt;script>alert(1)&lt;/script>');
    expect(markdownText('<!-- hidden -->')).toBe('&lt;!-- hidden -->');
    expect(markdownText('<https://evil.example>')).toBe('&lt;https://evil.example>');
    expect(markdownText('&lt; &#60; &amp; Q&A')).toBe('&amp;lt; &amp;#60; &amp;amp; Q&A');
  });

  it('escapes what would open a block at the start: heading, quote, list, rule, setext', () => {
    expect(markdownText('# Not a heading')).toBe('\\# Not a heading');
    expect(markdownText('> not a quote')).toBe('\\> not a quote');
    expect(markdownText('- not a list')).toBe('\\- not a list');
    expect(markdownText('+ not a list')).toBe('\\+ not a list');
    expect(markdownText('* not a list')).toBe('\\* not a list');
    expect(markdownText('1. not a list')).toBe('1\\. not a list');
    expect(markdownText('2) not a list')).toBe('2\\) not a list');
    expect(markdownText('===')).toBe('\\===');
    expect(markdownText('    not code')).toBe('not code');
    // Inside the text these are plain characters and stay as they are.
    expect(markdownText('issue #42 - 1. a > b')).toBe('issue #42 - 1. a > b');
  });

  it('turns line breaks into <br>, so every line stays in its cell or item', () => {
    expect(markdownText('one\r\ntwo\rthree\n# four\n\n- five  ')).toBe(
      'one<br>two<br>three<br># four<br><br>- five',
    );
  });

  it('drops control characters, makes NUL visible and tabs spaces', () => {
    expect(markdownText('a\u0000b\u0007c\td\u001be')).toBe('a\uFFFDbc de');
  });

  it('headings: no # anywhere, so none can close the heading early', () => {
    expect(markdownHeadingText('Outage #42 ##')).toBe('Outage \\#42 \\#\\#');
  });

  it('cells: a blank text shows the fallback', () => {
    expect(markdownCell('  ', '—')).toBe('—');
    expect(markdownCell('a|b', '—')).toBe('a\\|b');
  });

  it('tables: a header, the divider and a row per entry', () => {
    expect(markdownTable(['A', 'B'], [['1', '2']])).toEqual([
      '| A | B |',
      '| --- | --- |',
      '| 1 | 2 |',
    ]);
  });
});

describe('reportMarkdown with hostile text', () => {
  it('keeps every table row one line with the right number of cells', () => {
    const base = makeSmallReview();
    const hostile = '| a | b |\n<b>bold</b>\n# heading\n`code` *em*';
    const data = {
      ...base,
      incident: { ...base.incident, title: '# <i>Title</i> | x' },
      actions: base.actions.map((a) => ({ ...a, text: hostile, owner: '=HYPERLINK("x")' })),
      communications: base.communications.map((c) => ({ ...c, text: hostile, author: '<u>' })),
    };
    const md = reportMarkdown(
      buildReportModel(data, { language: 'en', generatedAt: GENERATED_AT }),
      {
        t: makeTranslate('en'),
        locale: 'en',
      },
    );
    expect(md.split('\n')[0]).toBe('# Communication review: \\# &lt;i>Title&lt;/i> \\| x');
    expect(md).not.toMatch(/<(?!br>)/);
    const cells = (line: string) => line.split(/(?<!\\)\|/).length - 2;
    const tableLines = md.split('\n').filter((l) => l.startsWith('|'));
    const widths = new Set(tableLines.map(cells));
    expect([...widths].sort()).toEqual([2, 4, 5]);
    expect(md).toContain(
      '| \\| a \\| b \\|<br>&lt;b>bold&lt;/b><br># heading<br>\\`code\\` \\*em\\* | \\=HYPERLINK("x") |',
    );
  });
});
