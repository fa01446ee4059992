// @vitest-environment node
// `gapline analyze` in-process, with files held in memory (../shared/spec/contracts.md,
// "Command line"). The real binary is exercised in gaplineBin.test.ts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/runCli';
import type { AnalyzeReport } from '../../../src/domain/report/analyzeReportTypes';

const CORPUS = '/work/shared/corpus/statuspage-github';
const corpus = (id: string): string => readFileSync(`${CORPUS}/${id}.json`, 'utf8');

const ACTIONS = 'lc8s9rtyjmgq'; // 5 updates, two of them tweeted
const GIT_OPS = '00km0kwpz23b';

/** A multi-incident Statuspage file (`incidents.json`) made of two corpus incidents. */
function incidentsJson(...ids: string[]): string {
  const pages = ids.map((id) => JSON.parse(corpus(id)) as { page: unknown; incident: unknown });
  return JSON.stringify({ page: pages[0]?.page, incidents: pages.map((p) => p.incident) });
}

const CSV_HEADER = 'timestamp,channel,author,kind,message';

function run(argv: string[], files: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = runCli(argv, {
    readFile: (path) =>
      path in files ? { ok: true, text: files[path] ?? '' } : { ok: false, reason: 'no such file' },
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    now: () => Date.parse('2026-01-01T00:00:00Z'),
    writeFile: () => ({ ok: false, reason: 'analyze writes no file' }),
    readBytes: () => ({ ok: false, reason: 'analyze reads no bytes' }),
    assetsDir: 'public',
  });
  return { code, stdout, stderr };
}

function reports(argv: string[], files: Record<string, string>): AnalyzeReport[] {
  const r = run([...argv, '--format', 'json'], files);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return (JSON.parse(r.stdout) as { reports: AnalyzeReport[] }).reports;
}

const gapsOf = (r: AnalyzeReport | undefined) => {
  if (r === undefined || !('gaps' in r)) throw new Error('expected an analysed report');
  return r;
};

describe('gapline analyze (in-process)', () => {
  it('reports one incident per file, in the order given, as {"reports":[…]} with 2-space indent', () => {
    const files = { 'a.json': corpus(ACTIONS), 'b.json': corpus(GIT_OPS) };
    const r = run(['analyze', 'b.json', 'a.json', '--format', 'json'], files);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('{\n  "reports": [\n    {\n      "incident": {')).toBe(true);
    const ids = (JSON.parse(r.stdout) as { reports: AnalyzeReport[] }).reports.map(
      (x) => x.incident.id,
    );
    expect(ids).toEqual([GIT_OPS, ACTIONS]);
    // Same input, same text: ids come from a per-file counter, never a random source.
    expect(run(['analyze', 'b.json', 'a.json', '--format', 'json'], files).stdout).toBe(r.stdout);
  });

  it('a Statuspage incident: its tweets are moments on Twitter/X; instants ISO with milliseconds', () => {
    const [report] = reports(['analyze', 'a.json'], { 'a.json': corpus(ACTIONS) });
    const r = gapsOf(report);
    expect(r.incident).toEqual({
      id: ACTIONS,
      title: 'Incident with GitHub Actions',
      alert: '2021-08-10T20:09:03.894Z',
      resolution: '2021-08-10T23:10:51.289Z',
      timeZone: 'Etc/UTC',
    });
    expect(Object.keys(r.perChannel)).toEqual(['Status page', 'Twitter/X']);
    for (const g of r.gaps) expect(g.from).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(r.gaps.at(-1)?.toLabel).toBe('Resolution update');
  });

  it('--incident keeps only that incident of a multi-incident Statuspage file', () => {
    const files = { 'incidents.json': incidentsJson(ACTIONS, GIT_OPS) };
    expect(reports(['analyze', 'incidents.json'], files).map((x) => x.incident.id)).toEqual([
      ACTIONS,
      GIT_OPS,
    ]);
    expect(
      reports(['analyze', 'incidents.json', '--incident', GIT_OPS], files).map(
        (x) => x.incident.id,
      ),
    ).toEqual([GIT_OPS]);
    const missing = run(['analyze', 'incidents.json', '--incident', 'nope'], files);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('gapline: no incident nope in incidents.json\n');
  });

  it('--target applies to every incident and changes the statuses', () => {
    const files = { 'a.json': corpus(ACTIONS), 'b.json': corpus(GIT_OPS) };
    const strict = reports(['analyze', 'a.json', 'b.json', '--target', '1/2'], files);
    for (const r of strict) {
      const analysed = gapsOf(r);
      for (const g of analysed.gaps)
        expect(g.status).toBe(g.minutes <= 1 ? 'ok' : g.minutes <= 2 ? 'late' : 'gap');
    }
  });

  it('--tz reads an offset-less CSV in that zone and stores the zone with the incident', () => {
    const csv = [
      CSV_HEADER,
      '2024-03-05 14:00,Pager,On-call,alert,Errors',
      '2024-03-05 14:12,Status page,Ana,update,Investigating',
      '2024-03-05 14:50,Status page,Ana,resolution,Fixed',
    ].join('\n');
    const [utc] = reports(['analyze', 'outage.csv'], { 'outage.csv': csv });
    const [sp] = reports(['analyze', 'outage.csv', '--tz', 'America/Sao_Paulo'], {
      'outage.csv': csv,
    });
    expect(utc?.incident).toMatchObject({
      id: 'outage',
      alert: '2024-03-05T14:00:00.000Z',
      timeZone: 'UTC',
    });
    expect(sp?.incident).toMatchObject({
      id: 'outage',
      alert: '2024-03-05T17:00:00.000Z',
      timeZone: 'America/Sao_Paulo',
    });
    expect(gapsOf(sp).gaps.map((g) => [g.minutes, g.status])).toEqual([
      [12, 'ok'],
      [38, 'gap'],
    ]);

    const text = run(['analyze', 'outage.csv', '--tz', 'America/Sao_Paulo'], { 'outage.csv': csv });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Alert · 2024-03-05 14:00 UTC−03:00');
  });

  it('an incident whose resolution is before its alert is an error report; the run still exits 0', () => {
    const csv = [
      CSV_HEADER,
      '2024-03-05T14:00:00Z,Pager,On-call,alert,Errors',
      '2024-03-05T13:00:00Z,Status page,Ana,resolution,Fixed',
      'oops,Email,Luis,update,No time',
    ].join('\n');
    const files = { 'backwards.csv': csv, 'b.json': corpus(GIT_OPS) };
    const [bad, good] = reports(['analyze', 'backwards.csv', 'b.json'], files);
    expect(bad).toMatchObject({
      incident: { id: 'backwards' },
      error: { code: 'end-before-alert' },
    });
    expect(bad).not.toHaveProperty('gaps');
    expect(bad?.rejected).toEqual([{ line: 4, reason: expect.any(String) }]);
    expect(gapsOf(good).gaps.length).toBeGreaterThan(0);
  });

  it('a file that cannot be read, or is no known format: exit 1, one line on stderr, no output', () => {
    const missing = run(['analyze', 'b.json', 'gone.json'], { 'b.json': corpus(GIT_OPS) });
    expect(missing).toEqual({
      code: 1,
      stdout: '',
      stderr: 'gapline: cannot read gone.json: no such file\n',
    });
    const unknown = run(['analyze', 'notes.txt'], {
      'notes.txt': 'Dear diary,\nthe site was down.\n',
    });
    expect(unknown.code).toBe(1);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toMatch(/^gapline: notes\.txt: .+\n$/);
    expect(unknown.stderr.trimEnd()).not.toContain('\n');
  });

  it('usage errors exit 2 with one line; help goes to stdout with exit 0', () => {
    expect(run(['analyze', 'a.json', '--verbose'])).toEqual({
      code: 2,
      stdout: '',
      stderr: "gapline analyze: unknown option '--verbose' (see 'gapline analyze --help')\n",
    });
    const help = run(['analyze', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--incident ID');
  });

  it('the text report holds the gap table, per-channel lines and a separator between incidents', () => {
    const files = { 'a.json': corpus(ACTIONS), 'b.json': corpus(GIT_OPS) };
    const r = run(['analyze', 'a.json', 'b.json'], files);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Incident with GitHub Actions (${ACTIONS})`);
    expect(r.stdout).toMatch(
      /Communication gaps\n {2}From +To +Minutes {2}Status\n {2}Alert · 2021-08-10 20:09 UTC\+00:00 +Update 1 · /,
    );
    expect(r.stdout).toMatch(/Per channel\n {2}Status page {2}\d+ updates?/);
    expect(r.stdout.split('─'.repeat(72))).toHaveLength(2);
  });
});

describe('gapline analyze --checks', () => {
  const CSV = [
    CSV_HEADER,
    '2024-03-05T14:00:00Z,Pager,On-call,alert,Checkout error rate above 5%',
    '2024-03-05T14:40:00Z,Status page,Ana,update,We are investigating failed card payments at checkout. Next update at 15:00 UTC.',
    '2024-03-05T15:20:00Z,Status page,Ana,resolution,Card payments at checkout work again since 15:15 UTC. No data was lost.',
  ].join('\n');

  it('adds "findings" to each report, attached by source id, with ISO instants', () => {
    const [report] = reports(['analyze', 'late.csv', '--checks'], { 'late.csv': CSV });
    const findings = report?.findings ?? [];
    // First update 40 min after the alert (over 30); promised 15:00, next message 15:20;
    // no follow-up after the resolution.
    expect(findings.map((f) => f.rule)).toEqual([
      'late-acknowledgement',
      'broken-promise',
      'no-follow-up',
    ]);
    expect(findings[0]).toMatchObject({
      communicationId: 'line:3',
      instant: '2024-03-05T14:40:00.000Z',
      channel: 'Status page',
    });
    expect(findings[1]?.evidence).toContain('20 min');
    expect(findings[2]).toMatchObject({ communicationId: null, instant: null, channel: null });
    for (const f of findings) {
      expect(Object.keys(f)).toEqual([
        'rule',
        'communicationId',
        'instant',
        'channel',
        'evidence',
        'suggestion',
      ]);
      expect(f.suggestion.length).toBeGreaterThan(10);
    }
  });

  it('leaves "findings" out without --checks, and lists them in the text report with it', () => {
    const [plain] = reports(['analyze', 'late.csv'], { 'late.csv': CSV });
    expect(plain).not.toHaveProperty('findings');
    const text = run(['analyze', 'late.csv', '--checks'], { 'late.csv': CSV });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Message checks (3)');
    expect(text.stdout).toContain('· late-acknowledgement:');
    expect(text.stdout).toContain('the incident · no-follow-up:');
  });

  it('checks every incident of the corpus sample the same way on every run', () => {
    const files = { 'a.json': corpus(ACTIONS), 'b.json': corpus(GIT_OPS) };
    const first = run(['analyze', 'a.json', 'b.json', '--checks', '--format', 'json'], files);
    const again = run(['analyze', 'a.json', 'b.json', '--checks', '--format', 'json'], files);
    expect(first.code).toBe(0);
    expect(again.stdout).toBe(first.stdout);
    const parsed = JSON.parse(first.stdout) as { reports: AnalyzeReport[] };
    for (const r of parsed.reports) expect(Array.isArray(r.findings)).toBe(true);
  });

  it('leaves out what the review’s team dismissed in a Gapline file, and says how many', () => {
    const file = readFileSync('test/fixtures/gapline-v4.json', 'utf8');
    const doc = JSON.parse(file) as {
      dismissals: unknown[];
      review: { id: string };
      communications: { id: string; sourceId: string | null }[];
    };
    // The JSON names a message by its source id; the file's dismissal by its record id.
    const recordId = (source: string | null) =>
      source === null
        ? null
        : (doc.communications.find((c) => (c.sourceId ?? c.id) === source)?.id ?? source);
    const undismissed = JSON.stringify({ ...doc, dismissals: [] });
    const [all] = reports(['analyze', 'r.gapline', '--checks'], { 'r.gapline': undismissed });
    const findings = all?.findings ?? [];
    expect(findings.length).toBeGreaterThan(2);
    const [first, second] = findings;
    if (first === undefined || second === undefined) throw new Error('too few findings');
    const dismissed = {
      ...doc,
      dismissals: [first, second].map((f, i) => ({
        id: `dismissal-${i}`,
        reviewId: doc.review.id,
        rule: f.rule,
        communicationId: recordId(f.communicationId),
        updatedAt: 0,
      })),
    };
    const files = { 'r.gapline': JSON.stringify(dismissed) };
    const [kept] = reports(['analyze', 'r.gapline', '--checks'], files);
    expect(kept?.findings).toEqual(findings.slice(2));
    const text = run(['analyze', 'r.gapline', '--checks'], files);
    expect(text.stdout).toContain(`Message checks (${findings.length - 2})`);
    expect(text.stdout).toContain("(2 dismissed by the review's team, not listed)");
  });
});
