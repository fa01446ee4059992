// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatCliTime } from '../../../src/cli/formatCliTime';
import { formatGapTable } from '../../../src/cli/formatGapTable';
import { formatMinutes, formatShare } from '../../../src/cli/formatNumbers';
import { formatTextReport } from '../../../src/cli/formatTextReport';
import { analyzeGaps } from '../../../src/domain/gaps/analyzeGaps';
import { DEFAULT_TARGET } from '../../../src/domain/model';
import { buildAnalyzeReport } from '../../../src/domain/report/analyzeReport';
import { at } from '../../factories/makeRecords';
import { type Imported, makeImported, statusPage, twitter } from './makeReviewData';

const report = (imported: Imported) =>
  buildAnalyzeReport(imported, analyzeGaps({ ...imported.data, incident: imported.data.incident }));

const outage = makeImported(
  [
    { instant: at(12), channelId: statusPage.id },
    { instant: at(12), channelId: twitter.id },
    { instant: at(87.5), channelId: statusPage.id },
    { instant: at(100), channelId: statusPage.id, kind: 'resolution' },
  ],
  {
    title: 'Checkout errors',
    resolution: at(95),
    source: { format: 'statuspage', externalId: 'abc123', url: null, fileName: null },
  },
  { rejected: [{ line: 9, path: null, reason: 'No valid time' }] },
);

describe('formatTextReport', () => {
  it('shows the incident, the summary, the aligned gap table, channels and rejected rows', () => {
    const text = formatTextReport(report(outage), {
      zone: 'America/Sao_Paulo',
      target: DEFAULT_TARGET,
    });
    const lines = text.split('\n');
    expect(lines[0]).toBe('Checkout errors (abc123)');
    expect(text).toContain('Alert       2024-03-05 09:00 UTC−03:00');
    expect(text).toContain('Resolution  2024-03-05 10:35 UTC−03:00');
    expect(text).toContain('Zone        UTC (times shown in America/Sao_Paulo)');
    expect(text).toContain('Target      20/30 min');
    expect(text).toMatch(/Time to first update +12 min/);
    expect(text).toMatch(/Coverage +24\.5%/);
    expect(text).toMatch(/Resolution notice delay +5 min/);

    const table = lines.slice(
      lines.indexOf('Communication gaps') + 1,
      lines.indexOf('Communication gaps') + 5,
    );
    expect(table).toEqual([
      '  From                                   To                                              Minutes  Status',
      '  Alert · 2024-03-05 09:00 UTC−03:00     Update 1 · 2024-03-05 09:12 UTC−03:00                12  OK',
      '  Update 1 · 2024-03-05 09:12 UTC−03:00  Update 2 · 2024-03-05 10:27 UTC−03:00              75.5  Gap',
      '  Update 2 · 2024-03-05 10:27 UTC−03:00  Resolution update · 2024-03-05 10:40 UTC−03:00     12.5  OK',
    ]);
    expect(text).toMatch(
      / {2}Status page {2}2 updates · first 12 min · longest gap 75\.5 min · 1 over target/,
    );
    expect(text).toMatch(
      / {2}Twitter\/X {4}1 update · first 12 min · longest gap 88 min · 1 over target/,
    );
    expect(text).toContain('Rejected rows (1)\n  line 9: No valid time');
    expect(text.endsWith('\n')).toBe(true);
  });

  it('an error report says why, and keeps warnings and rejected rows', () => {
    const backwards = makeImported(
      [],
      { title: 'Backwards', resolution: at(-1) },
      {
        warnings: [{ code: 'no-alert', message: 'No alert row.', lines: [2] }],
        rejected: [{ line: null, path: '/incidents/2', reason: 'No time' }],
      },
    );
    const text = formatTextReport(report(backwards), {
      zone: 'UTC',
      target: { ideal: 15, max: 25 },
    });
    expect(text).toMatch(
      /Cannot analyse \(end-before-alert\): The resolution \(2024-03-05T11:59:00\.000Z\)/,
    );
    expect(text).toContain('Target      15/25 min');
    expect(text).toContain('Warnings\n  no-alert: No alert row.');
    expect(text).toContain('  /incidents/2: No time');
    expect(text).not.toContain('Communication gaps');
  });

  it('says an open incident has no resolution', () => {
    const open = makeImported([{ instant: at(10), channelId: statusPage.id }]);
    const text = formatTextReport(report(open), { zone: 'UTC', target: DEFAULT_TARGET });
    expect(text).toContain('Resolution  unknown (open)');
    expect(text).toContain('open: ');
  });
});

describe('text report pieces', () => {
  it('formatCliTime shows date, 24-hour time and the offset of that instant in the zone', () => {
    expect(formatCliTime('2024-03-05T12:00:00.000Z', 'UTC')).toBe('2024-03-05 12:00 UTC+00:00');
    expect(formatCliTime('2024-03-05T02:30:00.000Z', 'America/Sao_Paulo')).toBe(
      '2024-03-04 23:30 UTC−03:00',
    );
    // Daylight saving: the same zone, two offsets.
    expect(formatCliTime('2024-03-31T00:30:00.000Z', 'Europe/Madrid')).toBe(
      '2024-03-31 01:30 UTC+01:00',
    );
    expect(formatCliTime('2024-03-31T01:30:00.000Z', 'Europe/Madrid')).toBe(
      '2024-03-31 03:30 UTC+02:00',
    );
  });

  it('formatMinutes rounds for display only, to one decimal; formatShare gives a percentage', () => {
    expect(formatMinutes(12)).toBe('12');
    expect(formatMinutes(40.50205)).toBe('40.5');
    expect(formatMinutes(0.04)).toBe('0');
    expect(formatMinutes(-0.01)).toBe('0');
    expect(formatMinutes(-3.25)).toBe('−3.2');
    expect(formatShare(1)).toBe('100%');
    expect(formatShare(0.87654)).toBe('87.7%');
  });

  it('formatGapTable right-aligns minutes and pads every column to its widest cell', () => {
    const rows = formatGapTable(
      [
        {
          from: '2024-03-05T12:00:00.000Z',
          to: '2024-03-05T12:05:00.000Z',
          fromLabel: 'Alert',
          toLabel: 'Update 1',
          minutes: 5,
          status: 'ok',
        },
        {
          from: '2024-03-05T12:05:00.000Z',
          to: '2024-03-05T14:05:00.000Z',
          fromLabel: 'Update 1',
          toLabel: 'Last message',
          minutes: 120,
          status: 'gap',
        },
      ],
      'UTC',
      '',
    );
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(/^From {35}To {41}Minutes {2}Status$/);
    const ends = rows.map((r) => r.replace(/ +(OK|Late|Gap|Status)$/, '').length);
    expect(new Set(ends).size).toBe(1);
    expect(rows[2]).toMatch(/ 120 {2}Gap$/);
  });
});
