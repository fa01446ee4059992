// The public API of the message checks: order, languages, incident-level findings, purity.
import { describe, expect, it } from 'vitest';
import { checkMessages } from '../../../../src/domain/checks/checkMessages';
import { RULE_IDS } from '../../../../src/domain/checks/ruleIds';
import { statuspageImporter } from '../../../../src/import/statuspage/statuspageImporter';
import { makeImportOptions } from '../../../factories/makeImportOptions';
import { run } from './runChecks';

const incident = [
  { at: 40, text: 'We are investigating an issue. We apologize for any inconvenience.' },
  {
    at: 40,
    channel: 'Email',
    text: 'Estamos investigando una incidencia. Disculpen las molestias.',
  },
  { at: 90, kind: 'resolution' as const, text: 'This incident has been resolved.' },
];

describe('checkMessages', () => {
  it('sorts by instant, then import order, then rule order; incident-level findings last', () => {
    const findings = run(incident, { workaround: 'Pay by bank transfer' });
    expect(findings.map((f) => [f.communicationId ?? 'incident', f.rule])).toEqual([
      ['m0', 'late-acknowledgement'],
      ['m0', 'non-apology'],
      ['m0', 'no-next-update'],
      ['m0', 'no-scope'],
      ['m1', 'non-apology'],
      ['m1', 'no-next-update'],
      ['m2', 'unclear-resolution'],
      ['incident', 'no-workaround'],
      ['incident', 'no-follow-up'],
    ]);
  });

  it('each finding carries the message, its instant and its channel name', () => {
    const [first] = run(incident);
    expect(first).toMatchObject({
      rule: 'late-acknowledgement',
      communicationId: 'm0',
      instant: Date.parse('2024-03-05T12:40:00.000Z'),
      channel: 'Status page',
    });
    const email = run(incident).find((f) => f.communicationId === 'm1');
    expect(email?.channel).toBe('Email');
  });

  it('writes evidence and suggestions in the review language, whatever each message’s language', () => {
    const en = run(incident, { language: 'en' });
    const es = run(incident, { language: 'es' });
    expect(es.map((f) => f.rule)).toEqual(en.map((f) => f.rule));
    const noNext = (language: 'en' | 'es') =>
      run(incident, { language }).find(
        (f) => f.rule === 'no-next-update' && f.communicationId === 'm1',
      );
    expect(noNext('en')?.suggestion).toMatch(/^Say when the next update will come/);
    expect(noNext('es')?.suggestion).toMatch(/^Di cuándo llegará la próxima actualización/);
    for (const f of es)
      expect(f.suggestion).not.toBe(en.find((g) => g.rule === f.rule)?.suggestion);
  });

  it('every rule has advice in both languages', () => {
    const all = run(incident, { language: 'es' }).concat(run(incident));
    for (const f of all) {
      expect(f.evidence.length).toBeGreaterThan(0);
      expect(f.suggestion.length).toBeGreaterThan(0);
      expect(f.evidence).not.toMatch(/[<>]|undefined|NaN|null/);
    }
    expect(new Set(all.map((f) => f.rule)).size).toBeLessThanOrEqual(RULE_IDS.length);
  });

  it('internal notes are never judged, nor count as messages', () => {
    const findings = run([
      {
        at: 5,
        kind: 'internal',
        text: 'We apologize for any inconvenience. Our database cluster is down.',
      },
    ]);
    expect(findings).toEqual([]);
  });

  it('a message in an unknown language gets only the timing checks', () => {
    const findings = run([
      {
        at: 45,
        text: 'Wir untersuchen derzeit Anmeldeprobleme. Entschuldigung. Weitere Informationen folgen.',
      },
    ]);
    expect(findings.map((f) => f.rule)).toEqual(['late-acknowledgement']);
  });

  it('is pure: same input, same output, input untouched', () => {
    const first = run(incident, { workaround: 'Pay by bank transfer' });
    const second = run(incident, { workaround: 'Pay by bank transfer' });
    expect(second).toEqual(first);
  });

  it('does not throw on odd input: no alert, no messages, empty texts, an unknown zone', () => {
    expect(() => run([{ at: 0, text: '' }], { alert: null })).not.toThrow();
    expect(() => run([], { timeZone: 'Not/AZone' })).not.toThrow();
    expect(
      run([{ at: 10, kind: 'resolution', text: 'Resolved.' }], { timeZone: 'Not/AZone' }).find(
        (f) => f.rule === 'no-follow-up',
      )?.evidence,
    ).toBe('Resolved (12:10 UTC+00:00), but no follow-up message was sent.');
  });

  it('HTML from a Statuspage body is read as its plain text (the importer converts it)', () => {
    const raw = JSON.stringify({
      page: { name: 'Acme', time_zone: 'Etc/UTC' },
      incident: {
        id: 'inc1',
        name: 'Checkout errors',
        started_at: '2024-03-05T12:00:00.000Z',
        resolved_at: null,
        incident_updates: [
          {
            id: 'u1',
            status: 'investigating',
            body: '<p>We are investigating an <strong>issue</strong>.</p><p>We <em>apologize</em> for any&nbsp;inconvenience.</p>',
            display_at: '2024-03-05T12:05:00.000Z',
            created_at: '2024-03-05T12:05:00.000Z',
            affected_components: [],
          },
        ],
      },
    });
    const result = statuspageImporter.parse(raw, makeImportOptions());
    if (!result.ok) throw new Error(result.error.message);
    const data = result.incidents[0]?.data;
    if (data === undefined) throw new Error('no incident');
    const findings = checkMessages(data, { language: 'en' });
    const apology = findings.find((f) => f.rule === 'non-apology');
    expect(apology?.evidence).toBe('"We apologize for any inconvenience"');
    expect(findings.map((f) => f.rule)).toEqual(['non-apology', 'no-next-update', 'no-scope']);
  });
});
