/** CSV/TSV timelines (`../shared/spec/gaps.md`: Terms, Time, Bad input). */
import { describe, expect, it } from 'vitest';
import type {
  ImportedIncident,
  ImportOptions,
  ImportResult,
} from '../../../../src/import/contract';
import { csvImporter } from '../../../../src/import/csv/csvImporter';
import { makeImportOptions } from '../../../factories/makeImportOptions';

const ms = (iso: string): number => Date.parse(iso);
const parse = (raw: string, overrides: Partial<ImportOptions> = {}): ImportResult =>
  csvImporter.parse(raw, makeImportOptions(overrides));

function only(result: ImportResult): ImportedIncident {
  if (!result.ok) throw new Error(result.error.message);
  expect(result.format).toBe('csv');
  expect(result.incidents).toHaveLength(1);
  return result.incidents[0] as ImportedIncident;
}

const table = (incident: ImportedIncident) => {
  const names = new Map(incident.data.channels.map((c) => [c.id, c.name]));
  return incident.data.communications.map((c) => [
    new Date(c.instant).toISOString(),
    names.get(c.channelId),
    c.author,
    c.kind,
    c.text,
    c.sourceId,
  ]);
};

describe('CSV import', () => {
  it('reads the documented header; the alert row is A and not a communication', () => {
    const incident = only(
      parse(
        [
          'timestamp,channel,author,kind,message',
          '2024-03-05T14:00:00Z,PagerDuty,bot,alert,Checkout errors above 5%',
          '2024-03-05T14:12:00Z,Status page,Ana,update,We are investigating.',
          '2024-03-05T14:40:00Z,Email,Ben,update,Still investigating.',
          '2024-03-05T15:00:00Z,Status page,Ana,resolution,Fixed.',
          '2024-03-05T15:30:00Z,Slack,Ben,internal,Retro booked',
        ].join('\n'),
        { fileName: 'exports/checkout-outage.csv' },
      ),
    );
    const { incident: inc, channels, review } = incident.data;
    expect(inc).toMatchObject({
      title: 'checkout-outage',
      alert: ms('2024-03-05T14:00:00Z'),
      resolution: ms('2024-03-05T15:00:00Z'),
      timeZone: 'UTC',
      sourceTimeZone: null,
      source: {
        format: 'csv',
        externalId: null,
        url: null,
        fileName: 'exports/checkout-outage.csv',
      },
    });
    expect(review.title).toBe('checkout-outage');
    expect(channels.map((c) => c.name)).toEqual(['Status page', 'Email', 'Slack']);
    expect(table(incident)).toEqual([
      [
        '2024-03-05T14:12:00.000Z',
        'Status page',
        'Ana',
        'update',
        'We are investigating.',
        'line:3',
      ],
      ['2024-03-05T14:40:00.000Z', 'Email', 'Ben', 'update', 'Still investigating.', 'line:4'],
      ['2024-03-05T15:00:00.000Z', 'Status page', 'Ana', 'resolution', 'Fixed.', 'line:5'],
      ['2024-03-05T15:30:00.000Z', 'Slack', 'Ben', 'internal', 'Retro booked', 'line:6'],
    ]);
    expect(incident.warnings).toEqual([]);
    expect(incident.rejected).toEqual([]);
  });

  it('accepts header names in any case and order, semicolons and tabs', () => {
    const semicolon = 'Message;KIND;Timestamp;Channel\nHello;Update;2024-03-05 14:05;Email\n';
    const tab =
      'kind\tmessage\ttimestamp\tchannel\tauthor\nupdate\tHello\t2024-03-05 14:05\tEmail\tAna\n';
    for (const raw of [semicolon, tab]) {
      const incident = only(parse(raw));
      expect(table(incident)[0]).toEqual([
        '2024-03-05T14:05:00.000Z',
        'Email',
        raw === tab ? 'Ana' : '',
        'update',
        'Hello',
        'line:2',
      ]);
    }
    expect(
      only(parse('\uFEFFtimestamp,channel,kind,message\r\n2024-03-05 14:05,Email,update,Hi\r\n'))
        .data.communications,
    ).toHaveLength(1);
  });

  it('counts lines across quoted multi-line cells, blank lines and CRLF', () => {
    const raw = [
      'timestamp,channel,author,kind,message',
      '2024-03-05 14:00,Ops,a,alert,start',
      '2024-03-05 14:05,Email,a,update,"first line',
      'second line, with comma',
      'third ""quoted"""',
      '',
      '2024-03-05 14:10,Email,a,update,after blank',
      'not a time,Email,a,update,bad',
    ].join('\r\n');
    const incident = only(parse(raw));
    expect(table(incident).map((r) => [r[4], r[5]])).toEqual([
      ['first line\nsecond line, with comma\nthird "quoted"', 'line:3'],
      ['after blank', 'line:7'],
    ]);
    expect(incident.rejected).toEqual([
      { line: 8, path: null, reason: 'unreadable time "not a time"' },
    ]);
  });

  it('rejects bad rows with their line and a reason, and imports the rest', () => {
    const raw = [
      'timestamp,channel,author,kind,message,phase',
      '2024-03-05 14:00,Ops,a,alert,start,',
      ',Email,a,update,no time,',
      '2024-03-05 14:05,,a,update,no channel,',
      '2024-03-05 14:06,Email,a,tweet,bad kind,',
      '2024-03-05 14:07,Email,a,,no kind,',
      '2024-03-05 14:08,Email,a,update,bad phase,lunch',
      '2024-02-30 14:09,Email,a,update,bad date,',
      '2024-03-05 14:10,Email,a,update,"unclosed quote,',
    ].join('\n');
    const incident = only(parse(raw));
    expect(incident.data.communications).toEqual([]);
    expect(incident.rejected).toEqual([
      { line: 3, path: null, reason: 'missing time' },
      { line: 4, path: null, reason: 'empty channel' },
      {
        line: 5,
        path: null,
        reason: 'unknown kind "tweet" (expected alert, update, resolution, follow-up, internal)',
      },
      { line: 6, path: null, reason: 'missing kind' },
      {
        line: 7,
        path: null,
        reason: 'unknown phase "lunch" (expected investigation, escalation, decision, change)',
      },
      { line: 8, path: null, reason: 'impossible date or time "2024-02-30 14:09"' },
      { line: 9, path: null, reason: 'malformed row: Quoted field unterminated' },
    ]);
  });

  it('reads kinds case-insensitively and accepts every kind', () => {
    const raw =
      'timestamp,channel,kind,message\n' +
      ['ALERT', 'Update', 'Resolution', 'FOLLOW-UP', 'internal']
        .map((k, i) => `2024-03-05 14:0${i},C,${k},m${i}`)
        .join('\n');
    expect(only(parse(raw)).data.communications.map((c) => c.kind)).toEqual([
      'update',
      'resolution',
      'follow-up',
      'internal',
    ]);
  });

  it('reads offset-less times in the chosen zone, stores offsets and the source zone', () => {
    const raw = [
      'timestamp,channel,kind,message',
      '2024-03-05 10:00,Ops,alert,a',
      '2024-03-05T10:20:00-06:00,Email,update,written with an offset',
      '05/03/2024 10:40,Email,update,slashed',
    ].join('\n');
    const incident = only(parse(raw, { timeZone: 'America/Sao_Paulo' }));
    expect(incident.data.incident.alert).toBe(ms('2024-03-05T13:00:00Z'));
    expect(incident.data.incident.timeZone).toBe('America/Sao_Paulo');
    expect(incident.data.incident.sourceTimeZone).toBe('America/Sao_Paulo');
    expect(
      incident.data.communications.map((c) => [new Date(c.instant).toISOString(), c.offsetMinutes]),
    ).toEqual([
      ['2024-03-05T13:40:00.000Z', -180],
      ['2024-03-05T16:20:00.000Z', -360],
    ]);
    const us = only(parse(raw, { timeZone: 'America/Sao_Paulo', dateOrder: 'month-first' }));
    expect(new Date(us.data.communications[1]?.instant ?? 0).toISOString()).toBe(
      '2024-05-03T13:40:00.000Z',
    );
  });

  it('rejects a local time skipped by daylight saving; a repeated one takes the earlier instant', () => {
    const raw = [
      'timestamp,channel,kind,message',
      '2024-10-27 01:50,Ops,alert,a',
      '2024-03-31 02:30,Email,update,in the spring gap',
      '2024-10-27 02:30,Email,update,repeated hour',
    ].join('\n');
    const incident = only(parse(raw, { timeZone: 'Europe/Berlin' }));
    expect(incident.rejected).toEqual([
      {
        line: 3,
        path: null,
        reason:
          '"2024-03-31 02:30" does not exist in Europe/Berlin (skipped by a daylight-saving change)',
      },
    ]);
    expect(
      incident.data.communications.map((c) => [new Date(c.instant).toISOString(), c.offsetMinutes]),
    ).toEqual([['2024-10-27T00:30:00.000Z', 120]]);
  });

  it('takes rows in any order: A is the earliest alert, R the earliest resolution', () => {
    const raw = [
      'timestamp,channel,kind,message',
      '2024-03-05T15:00:00Z,Status page,resolution,second resolution',
      '2024-03-05T14:30:00Z,Status page,update,u2',
      '2024-03-05T14:10:00Z,Ops,alert,second alert',
      '2024-03-05T14:50:00Z,Status page,resolution,first resolution',
      '2024-03-05T14:00:00Z,Ops,alert,first alert',
      '2024-03-05T14:30:00Z,Email,update,same instant, later line',
    ].join('\n');
    const incident = only(parse(raw));
    expect(incident.data.incident.alert).toBe(ms('2024-03-05T14:00:00Z'));
    expect(incident.data.incident.resolution).toBe(ms('2024-03-05T14:50:00Z'));
    expect(incident.data.communications.map((c) => [c.sourceId, c.order])).toEqual([
      ['line:3', 0],
      ['line:7', 1],
      ['line:5', 2],
      ['line:2', 3],
    ]);
  });

  it('without an alert row, A is the earliest row, with the warning no-alert', () => {
    const incident = only(
      parse(
        'timestamp,channel,kind,message\n2024-03-05 14:30,Email,update,b\n2024-03-05 14:05,Email,update,a\n',
      ),
    );
    expect(incident.data.incident.alert).toBe(ms('2024-03-05T14:05:00Z'));
    expect(incident.warnings).toEqual([
      {
        code: 'no-alert',
        message: 'No row has the kind "alert"; the alert time is the earliest row\'s (line 3).',
        lines: [3],
      },
    ]);
  });

  it('imports duplicate rows once and warns with their lines', () => {
    const raw = [
      'timestamp,channel,author,kind,message',
      '2024-03-05 14:00,Ops,a,alert,x',
      '2024-03-05 14:05,Email,Ana,update,Same text',
      '2024-03-05 14:05,Email,Ben,update,Same text',
      '2024-03-05 14:05,SMS,Ana,update,Same text',
      '2024-03-05T14:05:00Z,Email,Ana,update,Same text',
    ].join('\n');
    const incident = only(parse(raw));
    expect(incident.data.communications.map((c) => c.sourceId)).toEqual(['line:3', 'line:5']);
    expect(incident.warnings).toEqual([
      {
        code: 'duplicate',
        message:
          'Lines 3, 4, 6 hold the same message (same time, channel and text); it was imported once.',
        lines: [3, 4, 6],
      },
    ]);
  });

  it('keeps formula-looking and hostile cells exactly as text', () => {
    const cells = [
      '=SUM(A1:A9)',
      '+cmd|/C calc!A0',
      '@x',
      '<script>alert(1)</script>',
      ' padded  ',
    ];
    const raw =
      'timestamp,channel,kind,message\n' +
      cells.map((m, i) => `2024-03-05 14:0${i},Email,update,"${m}"`).join('\n');
    expect(only(parse(raw)).data.communications.map((c) => c.text)).toEqual(cells);
  });

  it('builds phases from the phase column', () => {
    const raw = [
      'timestamp,channel,kind,message,phase',
      '2024-03-05 14:00,Ops,alert,a,investigation',
      '2024-03-05 14:20,Email,update,b,Investigation',
      '2024-03-05 14:30,Email,internal,c,decision',
      '2024-03-05 14:50,Email,update,d,',
    ].join('\n');
    const { phases, review } = only(parse(raw)).data;
    expect(
      phases.map((p) => [
        p.kind,
        new Date(p.start).toISOString(),
        new Date(p.end).toISOString(),
        p.reviewId === review.id,
      ]),
    ).toEqual([
      ['investigation', '2024-03-05T14:00:00.000Z', '2024-03-05T14:20:00.000Z', true],
      ['decision', '2024-03-05T14:30:00.000Z', '2024-03-05T14:30:00.000Z', true],
    ]);
  });

  it('names the review after the file, or "Imported timeline"', () => {
    const raw = 'timestamp,channel,kind,message\n2024-03-05 14:05,Email,update,a\n';
    expect(only(parse(raw)).data.review.title).toBe('Imported timeline');
    expect(only(parse(raw, { fileName: 'C:\\exports\\big.outage.tsv' })).data.review.title).toBe(
      'big.outage',
    );
  });

  it('fails with typed errors on an empty file, a missing header, no rows or an unknown zone', () => {
    const code = (r: ImportResult) => (r.ok ? 'ok' : r.error.code);
    expect(code(parse(''))).toBe('empty');
    expect(code(parse('a,b,c\n1,2,3'))).toBe('unknown-format');
    expect(code(parse('timestamp,kind,message\n2024-03-05 14:05,update,x'))).toBe('invalid-file');
    expect(code(parse('timestamp,channel,kind,message\n\n'))).toBe('empty');
    expect(
      code(
        parse('timestamp,channel,kind,message\n2024-03-05 14:05,E,update,x', {
          timeZone: 'Nowhere/Land',
        }),
      ),
    ).toBe('invalid-file');
  });

  it('keeps every row rejected when none is readable, with A unknown', () => {
    const incident = only(parse('timestamp,channel,kind,message\nnope,Email,update,x\n'));
    expect(incident.data.incident.alert).toBeNull();
    expect(incident.rejected).toEqual([{ line: 2, path: null, reason: 'unreadable time "nope"' }]);
  });
});
