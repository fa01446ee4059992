// @vitest-environment node
// The JSON shape of `gapline analyze` (../shared/spec/contracts.md, "Command line").
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeChannels } from '../../../src/domain/gaps/analyzeChannels';
import { analyzeGaps } from '../../../src/domain/gaps/analyzeGaps';
import { gapEndLabel } from '../../../src/domain/gaps/gapEndLabel';
import { buildAnalyzeReport } from '../../../src/domain/report/analyzeReport';
import { T0, at } from '../../factories/makeRecords';
import { type Imported, makeImported, statusPage, twitter } from './makeReviewData';

const report = (imported: Imported) =>
  buildAnalyzeReport(imported, analyzeGaps({ ...imported.data, incident: imported.data.incident }));

const SUMMARY_KEYS = [
  'timeToFirstUpdate',
  'updateCount',
  'longestGap',
  'gapsOverTarget',
  'minutesOverTarget',
  'coverage',
  'resolutionNoticeDelay',
];

// Alert 12:00; a status post and its tweet at 12:12 (one moment); an update at 12:52:30.123
// (40.50205 minutes later: a gap, unrounded); R at 13:00; the resolution update at 13:05.
const outage = makeImported(
  [
    { instant: at(12), channelId: statusPage.id },
    { instant: at(12), channelId: twitter.id },
    { instant: at(52.50205), channelId: statusPage.id },
    { instant: at(65), channelId: statusPage.id, kind: 'resolution' },
    { instant: at(30), channelId: 'ch-slack', kind: 'internal' },
  ],
  {
    title: 'Checkout errors',
    resolution: at(60),
    timeZone: 'America/Sao_Paulo',
    source: { format: 'statuspage', externalId: 'abc123', url: null, fileName: 'abc123.json' },
  },
  {
    warnings: [
      { code: 'duplicate', message: 'Lines 4 and 5 are the same message.', lines: [4, 5] },
    ],
    rejected: [
      { line: 7, path: null, reason: 'No valid time' },
      { line: null, path: '/incident/incident_updates/3', reason: 'No display_at or created_at' },
    ],
  },
);

describe('buildAnalyzeReport', () => {
  it('gives exactly the contract: ISO instants with milliseconds, unrounded minutes', () => {
    const r = report(outage);
    expect(JSON.parse(JSON.stringify(r))).toEqual({
      incident: {
        id: 'abc123',
        title: 'Checkout errors',
        alert: '2024-03-05T12:00:00.000Z',
        resolution: '2024-03-05T13:00:00.000Z',
        timeZone: 'America/Sao_Paulo',
      },
      gaps: [
        {
          from: '2024-03-05T12:00:00.000Z',
          to: '2024-03-05T12:12:00.000Z',
          fromLabel: 'Alert',
          toLabel: 'Update 1',
          minutes: 12,
          status: 'ok',
        },
        {
          from: '2024-03-05T12:12:00.000Z',
          to: '2024-03-05T12:52:30.123Z',
          fromLabel: 'Update 1',
          toLabel: 'Update 2',
          minutes: 40.50205,
          status: 'gap',
        },
        {
          from: '2024-03-05T12:52:30.123Z',
          to: '2024-03-05T13:05:00.000Z',
          fromLabel: 'Update 2',
          toLabel: 'Resolution update',
          minutes: 12.49795,
          status: 'ok',
        },
      ],
      summary: {
        timeToFirstUpdate: 12,
        updateCount: 2,
        longestGap: 40.50205,
        gapsOverTarget: 1,
        minutesOverTarget: 40.50205 - 30,
        coverage: (12 + 12.49795) / 65,
        resolutionNoticeDelay: 5,
      },
      perChannel: {
        'Status page': {
          gaps: [
            {
              from: '2024-03-05T12:00:00.000Z',
              to: '2024-03-05T12:12:00.000Z',
              fromLabel: 'Alert',
              toLabel: 'Update 1',
              minutes: 12,
              status: 'ok',
            },
            {
              from: '2024-03-05T12:12:00.000Z',
              to: '2024-03-05T12:52:30.123Z',
              fromLabel: 'Update 1',
              toLabel: 'Update 2',
              minutes: 40.50205,
              status: 'gap',
            },
            {
              from: '2024-03-05T12:52:30.123Z',
              to: '2024-03-05T13:05:00.000Z',
              fromLabel: 'Update 2',
              toLabel: 'Resolution update',
              minutes: 12.49795,
              status: 'ok',
            },
          ],
          summary: expect.objectContaining({ updateCount: 2, gapsOverTarget: 1 }),
        },
        'Twitter/X': {
          gaps: [
            {
              from: '2024-03-05T12:00:00.000Z',
              to: '2024-03-05T12:12:00.000Z',
              fromLabel: 'Alert',
              toLabel: 'Update 1',
              minutes: 12,
              status: 'ok',
            },
            {
              from: '2024-03-05T12:12:00.000Z',
              to: '2024-03-05T13:05:00.000Z',
              fromLabel: 'Update 1',
              toLabel: 'Resolution update',
              minutes: 53,
              status: 'gap',
            },
          ],
          summary: {
            timeToFirstUpdate: 12,
            updateCount: 1,
            longestGap: 53,
            gapsOverTarget: 1,
            minutesOverTarget: 23,
            coverage: 12 / 65,
            resolutionNoticeDelay: 5,
          },
        },
      },
      warnings: [{ code: 'duplicate', message: 'Lines 4 and 5 are the same message.' }],
      rejected: [
        { line: 7, reason: 'No valid time' },
        { line: null, path: '/incident/incident_updates/3', reason: 'No display_at or created_at' },
      ],
    });
  });

  it('keeps a stable key order, so the JSON text is the same on every run', () => {
    const r = report(outage);
    expect(Object.keys(r)).toEqual([
      'incident',
      'gaps',
      'summary',
      'perChannel',
      'warnings',
      'rejected',
    ]);
    expect(Object.keys(r.incident)).toEqual(['id', 'title', 'alert', 'resolution', 'timeZone']);
    if (!('gaps' in r)) throw new Error('expected gaps');
    expect(Object.keys(r.gaps[0] ?? {})).toEqual([
      'from',
      'to',
      'fromLabel',
      'toLabel',
      'minutes',
      'status',
    ]);
    expect(Object.keys(r.summary)).toEqual(SUMMARY_KEYS);
    expect(Object.keys(r.perChannel)).toEqual(['Status page', 'Twitter/X']);
    for (const c of Object.values(r.perChannel))
      expect(Object.keys(c.summary)).toEqual(SUMMARY_KEYS);
    expect(r.rejected.map((x) => Object.keys(x))).toEqual([
      ['line', 'reason'],
      ['line', 'path', 'reason'],
    ]);
    expect(JSON.stringify(report(outage))).toBe(JSON.stringify(r));
  });

  it('lists import warnings, then the analysis warnings, as {code, message}', () => {
    const r = report(
      makeImported(
        [
          { instant: at(-5), channelId: statusPage.id },
          { instant: at(10), channelId: statusPage.id },
        ],
        { resolution: at(40) },
        {
          warnings: [
            {
              code: 'no-alert',
              message: 'No alert row: the earliest row is the alert.',
              lines: [2],
            },
          ],
        },
      ),
    );
    expect(r.warnings.map((w) => w.code)).toEqual([
      'no-alert',
      'update-before-alert',
      'no-resolution-update',
    ]);
    for (const w of r.warnings) expect(Object.keys(w)).toEqual(['code', 'message']);
  });

  it('names the incident by its source id, else the file name, else the record id', () => {
    const id = (source: Imported['data']['incident']['source']) =>
      report(makeImported([], { source })).incident.id;
    expect(id({ format: 'csv', externalId: null, url: null, fileName: 'outage-2024.csv' })).toBe(
      'outage-2024',
    );
    expect(id({ format: 'csv', externalId: null, url: null, fileName: 'dir/notes' })).toBe('notes');
    expect(id({ format: 'manual', externalId: null, url: null, fileName: null })).toBe(
      'inc-record',
    );
  });

  it('an incident that cannot be analysed keeps incident, warnings and rejected, and has no gaps', () => {
    const backwards = makeImported(
      [{ instant: at(10), channelId: statusPage.id }],
      {
        resolution: T0 - 60_000,
        source: { format: 'csv', externalId: null, url: null, fileName: 'x.csv' },
      },
      {
        warnings: [{ code: 'no-alert', message: 'No alert row.', lines: [2] }],
        rejected: [{ line: 3, path: null, reason: 'Unknown kind "alarm"' }],
      },
    );
    const r = report(backwards);
    expect(Object.keys(r)).toEqual(['incident', 'error', 'warnings', 'rejected']);
    expect(r).toMatchObject({
      incident: {
        id: 'x',
        alert: '2024-03-05T12:00:00.000Z',
        resolution: '2024-03-05T11:59:00.000Z',
      },
      error: { code: 'end-before-alert' },
      warnings: [{ code: 'no-alert', message: 'No alert row.' }],
      rejected: [{ line: 3, reason: 'Unknown kind "alarm"' }],
    });
    expect(r).not.toHaveProperty('gaps');
    expect('error' in r && r.error.message).toMatch(
      /2024-03-05T11:59:00\.000Z.*2024-03-05T12:00:00\.000Z/,
    );
  });
});

describe('the report gaps, written once per instant', () => {
  it('are each gap of the analysis, overall and per channel, with both ends as ISO instants', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            minute: fc.integer({ min: 0, max: 240 }),
            channel: fc.constantFrom(statusPage.id, twitter.id),
            kind: fc.constantFrom('update' as const, 'internal' as const, 'resolution' as const),
          }),
          { maxLength: 25 },
        ),
        (spec) => {
          const imported = makeImported(
            spec.map((m) => ({ instant: at(m.minute), channelId: m.channel, kind: m.kind })),
          );
          const analysis = analyzeGaps({ ...imported.data, incident: imported.data.incident });
          const out = buildAnalyzeReport(imported, analysis);
          if (!analysis.ok || !('gaps' in out)) return;
          const plain = (list: typeof analysis.gaps) =>
            list.toArray().map((g) => ({
              from: new Date(g.from).toISOString(),
              to: new Date(g.to).toISOString(),
              fromLabel: gapEndLabel(g.fromEnd),
              toLabel: gapEndLabel(g.toEnd),
              minutes: g.minutes,
              status: g.status,
            }));
          expect(out.gaps).toEqual(plain(analysis.gaps));
          for (const c of analyzeChannels(imported.data, analysis)) {
            expect(out.perChannel[c.channel]?.gaps).toEqual(plain(c.gaps));
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
