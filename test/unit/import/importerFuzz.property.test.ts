/**
 * Every importer, fuzzed on inputs shaped like its own format (so the fuzz gets past the
 * format check into the importer's depths): each input ends in a result or a typed error,
 * quickly, never a throw; Object.prototype stays untouched; text stays text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ImportResult, Importer } from '../../../src/import/contract';
import { IMPORTERS, JSON_IMPORTERS } from '../../../src/import/registry';
import { makeImportOptions } from '../../factories/makeImportOptions';

const HOSTILE_TEXT = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    '<img src=x onerror=alert(1)>',
    'javascript:alert(1)',
    '__proto__',
    'constructor',
    '=HYPERLINK("http://evil","x")',
    '+1',
    '-1',
    '@SUM(A1)',
    '\u0000\t\r\n',
    '\u202e\u2066',
    `${'a'.repeat(5_000)}!`,
    '2024-13-45T25:61:61Z',
    '9'.repeat(400),
  ),
);
const HOSTILE_VALUE = fc.oneof(
  HOSTILE_TEXT,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(HOSTILE_TEXT, { maxLength: 3 }),
  fc.dictionary(HOSTILE_TEXT, HOSTILE_TEXT, { maxKeys: 3 }),
);
const TIMESTAMP = fc.oneof(
  fc
    .date({ min: new Date('1990-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString()),
  HOSTILE_TEXT,
);

/** A Statuspage incident whose every field may be wrong. */
const statuspageIncident = fc.record(
  {
    id: HOSTILE_VALUE,
    name: HOSTILE_VALUE,
    status: fc.oneof(fc.constantFrom('resolved', 'investigating'), HOSTILE_VALUE),
    impact: HOSTILE_VALUE,
    created_at: TIMESTAMP,
    resolved_at: fc.oneof(TIMESTAMP, fc.constant(null)),
    shortlink: HOSTILE_VALUE,
    incident_updates: fc.array(
      fc.record(
        {
          id: HOSTILE_VALUE,
          status: fc.oneof(
            fc.constantFrom('investigating', 'identified', 'resolved'),
            HOSTILE_VALUE,
          ),
          body: HOSTILE_VALUE,
          display_at: TIMESTAMP,
          created_at: TIMESTAMP,
          affected_components: fc.oneof(
            fc.constant(null),
            fc.array(HOSTILE_VALUE, { maxLength: 2 }),
          ),
        },
        { requiredKeys: [] },
      ),
      { maxLength: 6 },
    ),
  },
  { requiredKeys: ['incident_updates'] },
);

const CSV_CELL = fc.oneof(
  HOSTILE_TEXT,
  TIMESTAMP,
  fc.constantFrom('update', 'resolution', 'internal', 'alert', 'follow-up', 'Status page'),
);
const csvText = fc
  .tuple(
    fc.constantFrom(
      'timestamp,channel,author,kind,message',
      'time;channel;kind;text',
      'timestamp\tchannel\tkind\tmessage',
      'timestamp,channel,author,kind,message,extra',
    ),
    fc.array(fc.array(CSV_CELL, { minLength: 1, maxLength: 7 }), { maxLength: 12 }),
    fc.constantFrom(',', ';', '\t'),
    fc.constantFrom('\n', '\r\n', '\r'),
  )
  .map(([header, rows, sep, eol]) =>
    [
      header,
      ...rows.map((cells) =>
        cells.map((c) => (c.includes(sep) ? `"${c.replace(/"/g, '""')}"` : c)).join(sep),
      ),
    ].join(eol),
  );

/** A Gapline file: the right envelope, anything inside. */
const gaplineDoc = fc.record({
  type: fc.constant('gapline'),
  version: fc.oneof(fc.constantFrom(1, 2, 3, 4, 0, -1), HOSTILE_VALUE),
  review: HOSTILE_VALUE,
  incident: HOSTILE_VALUE,
  channels: fc.array(HOSTILE_VALUE, { maxLength: 3 }),
  communications: fc.array(HOSTILE_VALUE, { maxLength: 3 }),
  notes: fc.array(HOSTILE_VALUE, { maxLength: 2 }),
});
const backupDoc = fc.record({
  type: fc.constant('gapline-backup'),
  version: fc.oneof(fc.constant(1), HOSTILE_VALUE),
  exportedAt: TIMESTAMP,
  reviews: fc.array(fc.oneof(gaplineDoc, HOSTILE_VALUE), { maxLength: 3 }),
});

function check(importer: Importer, raw: string): ImportResult {
  const started = performance.now();
  let result: ImportResult;
  try {
    result = importer.parse(raw, makeImportOptions());
  } catch (e) {
    throw new Error(
      `${importer.format} threw on ${JSON.stringify(raw.slice(0, 200))}: ${String(e)}`,
      { cause: e },
    );
  }
  expect(performance.now() - started).toBeLessThan(2_000);
  expect(typeof result.ok).toBe('boolean');
  if (!result.ok) {
    expect(typeof result.error.code).toBe('string');
    expect(result.error.message.length).toBeGreaterThan(0);
  } else {
    for (const incident of result.incidents) {
      for (const c of incident.data.communications) expect(typeof c.text).toBe('string');
    }
  }
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  return result;
}

describe('every importer, fuzzed in its own format', () => {
  it('has a fuzz case for each registered importer', () => {
    expect(Object.keys(IMPORTERS).sort()).toEqual([
      'csv',
      'gapline',
      'gapline-backup',
      'statuspage',
    ]);
    expect(JSON_IMPORTERS.map((i) => i.format)).toEqual([
      'gapline',
      'gapline-backup',
      'statuspage',
    ]);
  });

  it('statuspage: one incident, a page of incidents, and incidents.json', () => {
    let imported = 0;
    fc.assert(
      fc.property(statuspageIncident, fc.constantFrom('one', 'page', 'list'), (incident, shape) => {
        const doc =
          shape === 'one'
            ? { incident }
            : shape === 'page'
              ? { page: { id: 'p', name: 'Page' }, incidents: [incident, incident] }
              : [incident];
        if (check(IMPORTERS.statuspage, JSON.stringify(doc)).ok) imported++;
      }),
      { numRuns: 400 },
    );
    // The fuzz reaches past the format check: some of it imports.
    expect(imported).toBeGreaterThan(20);
  });

  it('csv: headers, separators, line ends and hostile cells', () => {
    let imported = 0;
    fc.assert(
      fc.property(csvText, (raw) => {
        if (check(IMPORTERS.csv, raw).ok) imported++;
      }),
      { numRuns: 400 },
    );
    // The fuzz reaches past the header check: some of it imports.
    expect(imported).toBeGreaterThan(20);
  });

  it('gapline: the envelope with anything inside, and __proto__ keys', () => {
    fc.assert(
      fc.property(gaplineDoc, (doc) => {
        check(IMPORTERS.gapline, JSON.stringify(doc));
        check(IMPORTERS.gapline, JSON.stringify(doc).replace('"review"', '"__proto__"'));
      }),
      { numRuns: 300 },
    );
  });

  it('gapline-backup: reviews of any shape', () => {
    fc.assert(
      fc.property(backupDoc, (doc) => {
        check(IMPORTERS['gapline-backup'], JSON.stringify(doc));
      }),
      { numRuns: 300 },
    );
  });
});
