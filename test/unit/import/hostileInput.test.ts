/**
 * Hostile input (../shared/notes/reliability.md, Table 2 and G15): each input ends in a
 * result or a typed error, quickly, with Object.prototype untouched and text kept as text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../../src/import/contract';
import { importFile } from '../../../src/import/importFile';
import { makeImportOptions } from '../../factories/makeImportOptions';

const run = (raw: string) => importFile(raw, 'hostile', makeImportOptions());
const codeOf = (r: ImportResult) => (r.ok ? 'ok' : r.error.code);
function timed(raw: string, limitMs = 2_000): ImportResult {
  const started = performance.now();
  const result = run(raw);
  expect(performance.now() - started).toBeLessThan(limitMs);
  return result;
}
const firstData = (r: ImportResult) => {
  if (!r.ok) throw new Error(r.error.message);
  const data = r.incidents[0]?.data;
  if (data === undefined) throw new Error('no incident');
  return data;
};
const update = (body: unknown, extra: Record<string, unknown> = {}) => ({
  id: 'u1',
  status: 'investigating',
  body,
  display_at: '2024-01-01T10:05:00Z',
  created_at: '2024-01-01T10:05:00Z',
  ...extra,
});

describe('hostile input', () => {
  it('keeps XSS strings as plain text', () => {
    const payloads = [
      '<img src=x onerror=alert(1)>',
      '"><svg onload=alert(1)>',
      'javascript:alert(1)',
      '{{constructor.constructor("alert(1)")()}}',
    ];
    const csv =
      'timestamp,channel,kind,message\n' +
      payloads
        .map((p, i) => `2024-01-01 10:0${i},"<b>Email</b>",update,"${p.replaceAll('"', '""')}"`)
        .join('\n');
    const data = firstData(timed(csv));
    expect(data.communications.map((c) => c.text)).toEqual(payloads);
    expect(data.channels[0]?.name).toBe('<b>Email</b>');
    const sp = firstData(
      timed(
        JSON.stringify({
          id: 'i',
          name: '<script>alert(1)</script>',
          started_at: '2024-01-01T10:00:00Z',
          incident_updates: [update('<img src=x onerror=alert(1)>Investigating &lt;b&gt;')],
        }),
      ),
    );
    expect(sp.incident.title).toBe('<script>alert(1)</script>');
    expect(sp.communications[0]?.text).toBe('Investigating <b>');
  });

  it('never lets __proto__ payloads pollute prototypes', () => {
    const payload =
      '{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}';
    const statuspage = `{"__proto__": {"polluted": "yes"}, "page": ${payload}, "incident": {"id": "i", "__proto__": {"polluted": "yes"}, "started_at": "2024-01-01T10:00:00Z", "incident_updates": [{"id": "u", "__proto__": {"polluted": "yes"}, "display_at": "2024-01-01T10:05:00Z", "affected_components": [${payload}], "body": "x"}]}}`;
    const gapline = `{"type": "gapline", "version": 1, "__proto__": {"polluted": "yes"}}`;
    const csv =
      'timestamp,channel,kind,message,__proto__,constructor\n2024-01-01 10:00,Email,update,x,{"polluted":1},y\n';
    expect(codeOf(run(statuspage))).toBe('ok');
    expect(codeOf(run(gapline))).toBe('invalid-file');
    expect(codeOf(run(csv))).toBe('ok');
    const data = firstData(run(statuspage));
    expect(Object.getPrototypeOf(data.incident)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses 100,000-deep nesting quickly, in any JSON shape', () => {
    for (const raw of [
      `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
      `{"incident": ${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}`,
      `{"type": "gapline", "x": ${'['.repeat(1_000_000)}`,
    ]) {
      expect(codeOf(timed(raw))).toBe('too-deep');
    }
    // Brackets inside strings do not count.
    expect(
      codeOf(
        run(
          JSON.stringify({
            id: 'i',
            name: '['.repeat(1_000),
            started_at: '2024-01-01T10:00:00Z',
            incident_updates: [],
          }),
        ),
      ),
    ).toBe('ok');
  });

  it('rejects a huge field as one row, and the rest imports', () => {
    const huge = 'A'.repeat(5_000_000);
    const csv = `timestamp,channel,kind,message\n2024-01-01 10:00,Email,update,${huge}\n2024-01-01 10:05,Email,update,small\n`;
    const csvResult = timed(csv);
    expect(firstData(csvResult).communications.map((c) => c.text)).toEqual(['small']);
    expect(csvResult.ok && csvResult.incidents[0]?.rejected).toEqual([
      { line: 2, path: null, reason: 'message longer than 100000 characters' },
    ]);

    const sp = timed(
      JSON.stringify({
        id: 'i',
        started_at: '2024-01-01T10:00:00Z',
        incident_updates: [update(huge), update('ok', { id: 'u2' })],
      }),
    );
    expect(firstData(sp).communications.map((c) => c.sourceId)).toEqual(['u2']);
    expect(sp.ok && sp.incidents[0]?.rejected).toEqual([
      { line: null, path: '/incident_updates/0', reason: 'body is longer than 100000 characters' },
    ]);
    const named = timed(JSON.stringify({ id: 'i', name: huge, incident_updates: [] }));
    expect(named).toEqual({
      ok: true,
      format: 'statuspage',
      incidents: [],
      rejected: [
        { line: null, path: '', reason: 'the incident name is longer than 1000 characters' },
      ],
    });
  });

  it('answers quickly on ReDoS-shaped timestamps', () => {
    const shapes = [
      'a'.repeat(100_000) + '!',
      '2024-01-01 ' + ' '.repeat(100_000) + 'x',
      '9'.repeat(100_000),
      '1/'.repeat(50_000),
    ];
    const csv =
      'timestamp,channel,kind,message\n' + shapes.map((s) => `${s},Email,update,x`).join('\n');
    const result = timed(csv, 1_000);
    expect(result.ok && result.incidents[0]?.rejected.map((r) => r.line)).toEqual([2, 3, 4, 5]);
    const sp = JSON.stringify({
      id: 'i',
      started_at: shapes[0],
      incident_updates: [update('x', { display_at: shapes[1] })],
    });
    expect(codeOf(timed(sp, 1_000))).toBe('ok');
  });

  it('refuses binary garbage as an unknown format', () => {
    const bytes = Array.from({ length: 4_096 }, (_, i) =>
      String.fromCharCode((i * 7919) % 256),
    ).join('');
    expect(codeOf(run(bytes))).toBe('unknown-format');
    expect(codeOf(run('\u0000\u0001PK\u0003\u0004'))).toBe('unknown-format');
    expect(codeOf(run('%PDF-1.7\n\u0001\u0002\u0003\u0004\u0005\u0006'))).toBe('unknown-format');
  });

  it('never throws on random input and leaves Object.prototype alone (fuzz)', () => {
    const prefixes = fc.constantFrom(
      '',
      '{',
      '[',
      '{"incident":',
      '{"type":"gapline",',
      'timestamp,channel,kind,message\n',
      '{"incidents":[',
    );
    fc.assert(
      fc.property(prefixes, fc.string({ unit: 'binary', maxLength: 300 }), (prefix, rest) => {
        const result = run(prefix + rest);
        expect(typeof result.ok).toBe('boolean');
        expect(Object.keys(Object.prototype)).toEqual([]);
      }),
      { numRuns: 3_000 },
    );
    fc.assert(
      fc.property(fc.json({ maxDepth: 4 }), (json) => {
        const result = run(`{"incident": ${json}, "incidents": ${json}}`);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 1_000 },
    );
  });
});
