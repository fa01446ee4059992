/**
 * `test/fixtures/sample.csv`, imported in America/Sao_Paulo (UTC−03:00) and analysed;
 * every expected figure computed by hand from `../shared/spec/gaps.md`.
 *
 * A = 09:00 (the alert row, line 2). Update moments: 09:14 (Status page and Twitter/X at
 * the same instant: one moment, rule 1), 09:41, 10:29, 10:52. End = the resolution update
 * 11:05 (rule 2). Line 5 is internal (never counted); line 10 has no readable time
 * (rejected); line 12 is a follow-up after the resolution.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeChannels } from '../../../../src/domain/gaps/analyzeChannels';
import { analyzeGaps } from '../../../../src/domain/gaps/analyzeGaps';
import { gapEndLabel } from '../../../../src/domain/gaps/gapEndLabel';
import { importFile } from '../../../../src/import/importFile';
import { makeImportOptions } from '../../../factories/makeImportOptions';

const raw = readFileSync('test/fixtures/sample.csv', 'utf8');
const local = (hhmm: string): number => Date.parse(`2024-03-05T${hhmm}:00-03:00`);

function importSample() {
  const result = importFile(
    raw,
    'sample.csv',
    makeImportOptions({ timeZone: 'America/Sao_Paulo' }),
  );
  if (!result.ok) throw new Error(result.error.message);
  const incident = result.incidents[0];
  if (incident === undefined) throw new Error('no incident');
  return incident;
}

describe('sample.csv', () => {
  it('imports nine communications on four channels and rejects line 10', () => {
    const { data, rejected, warnings } = importSample();
    expect(data.incident.alert).toBe(local('09:00'));
    expect(data.incident.resolution).toBe(local('11:05'));
    expect(data.incident.sourceTimeZone).toBe('America/Sao_Paulo');
    expect(data.channels.map((c) => c.name)).toEqual([
      'Status page',
      'Twitter/X',
      'Slack #incident',
      'Email',
    ]);
    expect(data.communications.map((c) => c.sourceId)).toEqual([
      'line:3',
      'line:4',
      'line:5',
      'line:6',
      'line:7',
      'line:9',
      'line:11',
      'line:12',
    ]);
    expect(data.communications[4]?.text).toBe(
      'A fix is being deployed.\nCard payments may still fail for a few minutes.',
    );
    expect(rejected).toEqual([{ line: 10, path: null, reason: 'unreadable time "about 11"' }]);
    expect(warnings).toEqual([]);
  });

  it('gives the gaps computed by hand', () => {
    const { data } = importSample();
    const analysis = analyzeGaps(data);
    if (!analysis.ok) throw new Error(analysis.error.message);
    expect(
      analysis.gaps.map((g) => [
        gapEndLabel(g.fromEnd),
        gapEndLabel(g.toEnd),
        g.minutes,
        g.status,
        g.longest,
      ]),
    ).toEqual([
      ['Alert', 'Update 1', 14, 'ok', false],
      ['Update 1', 'Update 2', 27, 'late', false],
      ['Update 2', 'Update 3', 48, 'gap', true],
      ['Update 3', 'Update 4', 23, 'late', false],
      ['Update 4', 'Resolution update', 13, 'ok', false],
    ]);
    expect(analysis.gaps.at(2)?.from).toBe(local('09:41'));
    expect(analysis.gaps.at(2)?.to).toBe(local('10:29'));
    expect(analysis.summary).toEqual({
      timeToFirstUpdate: 14,
      updateCount: 4,
      longestGap: 48,
      gapsOverTarget: 1,
      minutesOverTarget: 18,
      coverage: 77 / 125,
      resolutionNoticeDelay: 0,
    });
    expect(analysis.warnings).toEqual([]);
    const perChannel = Object.fromEntries(
      analyzeChannels(data, analysis).map((c) => [
        c.channel,
        c.gaps.map((g) => [g.minutes, g.status]),
      ]),
    );
    expect(perChannel).toEqual({
      'Status page': [
        [14, 'ok'],
        [75, 'gap'],
        [23, 'late'],
        [13, 'ok'],
      ],
      'Twitter/X': [
        [14, 'ok'],
        [111, 'gap'],
      ],
      Email: [
        [41, 'gap'],
        [84, 'gap'],
      ],
    });
  });
});
