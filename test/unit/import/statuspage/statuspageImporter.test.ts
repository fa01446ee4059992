/** Statuspage API v2 import (`../shared/spec/gaps.md`, Terms; `../shared/spec/contracts.md`). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type {
  ImportedIncident,
  ImportOptions,
  ImportResult,
} from '../../../../src/import/contract';
import { statuspageImporter } from '../../../../src/import/statuspage/statuspageImporter';
import { makeImportOptions } from '../../../factories/makeImportOptions';

const CORPUS = '/work/shared/corpus/statuspage-github';
const ms = (iso: string): number => Date.parse(iso);

function parse(value: unknown, overrides: Partial<ImportOptions> = {}): ImportResult {
  return statuspageImporter.parse(JSON.stringify(value), makeImportOptions(overrides));
}
function incidentsOf(result: ImportResult): readonly ImportedIncident[] {
  if (!result.ok) throw new Error(result.error.message);
  return result.incidents;
}
function first(result: ImportResult): ImportedIncident {
  const incident = incidentsOf(result)[0];
  if (incident === undefined) throw new Error('no incident');
  return incident;
}
const channelNames = (i: ImportedIncident): Map<string, string> =>
  new Map(i.data.channels.map((c) => [c.id, c.name]));

function update(
  id: string,
  at: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    id,
    status: 'investigating',
    body: `Body ${id}`,
    created_at: at,
    display_at: at,
    ...extra,
  };
}

describe('Statuspage import, checked by hand against corpus files', () => {
  it('00km0kwpz23b: four updates, no tweets', () => {
    const raw = readFileSync(`${CORPUS}/00km0kwpz23b.json`, 'utf8');
    const incident = first(
      statuspageImporter.parse(raw, makeImportOptions({ fileName: '00km0kwpz23b.json' })),
    );
    const { data } = incident;
    expect(data.incident).toMatchObject({
      title: 'Incident with Actions and Git Operations',
      alert: ms('2023-01-10T17:04:42.456Z'),
      resolution: ms('2023-01-10T18:14:45.860Z'),
      timeZone: 'Etc/UTC',
      sourceTimeZone: null,
      instantSource: 'display_at',
      source: {
        format: 'statuspage',
        externalId: '00km0kwpz23b',
        url: 'https://stspg.io/xh2z5s3wq1b8',
        fileName: '00km0kwpz23b.json',
      },
    });
    expect(data.channels.map((c) => c.name)).toEqual(['Status page']);
    const rows = data.communications.map((c) => [
      new Date(c.instant).toISOString(),
      c.kind,
      c.sourceId,
      c.sourceStatus,
      c.affectedComponents,
      c.author,
    ]);
    expect(rows).toEqual([
      [
        '2023-01-10T17:04:42.496Z',
        'update',
        '66p0tzyn34mj',
        'investigating',
        ['Git Operations'],
        'GitHub',
      ],
      [
        '2023-01-10T17:22:57.051Z',
        'update',
        '61rwl4ypl4n9',
        'investigating',
        ['Git Operations', 'Actions'],
        'GitHub',
      ],
      ['2023-01-10T17:54:38.073Z', 'update', '88pqq2thpv7x', 'investigating', [], 'GitHub'],
      ['2023-01-10T18:14:45.860Z', 'resolution', 'sq79yjhhmrhs', 'resolved', [], 'GitHub'],
    ]);
    expect(data.communications[3]?.text).toBe('This incident has been resolved.');
    expect(data.communications.map((c) => c.order)).toEqual([0, 1, 2, 3]);
    expect(incident.rejected).toEqual([]);
  });

  it('2fvfs7gwr96z: tweets become Twitter/X communications at their snowflake time', () => {
    const raw = readFileSync(`${CORPUS}/2fvfs7gwr96z.json`, 'utf8');
    const { data } = first(statuspageImporter.parse(raw, makeImportOptions()));
    const names = new Map(data.channels.map((c) => [c.id, c.name]));
    const rows = data.communications.map((c) => [
      new Date(c.instant).toISOString(),
      names.get(c.channelId),
      c.kind,
      c.sourceId,
      c.offsetMinutes,
    ]);
    // (id >> 22) + 1288834974657, computed by hand (Python) from the ids in the file.
    expect(rows).toEqual([
      ['2019-11-18T06:32:23.252Z', 'Status page', 'update', '6tmk0tpz8by7', 0],
      ['2019-11-18T06:32:23.986Z', 'Twitter/X', 'update', '6tmk0tpz8by7#tweet', 0],
      ['2019-11-18T07:04:39.819Z', 'Status page', 'update', 'yn15tqvtl2kg', 0],
      ['2019-11-18T07:04:40.222Z', 'Twitter/X', 'update', 'yn15tqvtl2kg#tweet', 0],
      ['2019-11-18T07:35:15.718Z', 'Status page', 'update', 'vj7f7qyjh75x', 0],
      ['2019-11-18T07:35:16.050Z', 'Twitter/X', 'update', 'vj7f7qyjh75x#tweet', 0],
      ['2019-11-18T08:08:30.174Z', 'Status page', 'resolution', '4918tmyvw7fw', 0],
      ['2019-11-18T08:08:30.420Z', 'Twitter/X', 'resolution', '4918tmyvw7fw#tweet', 0],
    ]);
    expect(data.channels.map((c) => c.name)).toEqual(['Status page', 'Twitter/X']);
    const tweet = data.communications[1];
    expect(tweet?.text).toBe(data.communications[0]?.text);
    expect(tweet?.sourceTimes).toBeNull();
  });
});

describe('Statuspage file shapes', () => {
  const page = { name: 'Acme', time_zone: 'America/Sao_Paulo' };
  const incident = (id: string, start: string) => ({
    id,
    name: `Incident ${id}`,
    started_at: start,
    resolved_at: null,
    incident_updates: [update(`${id}-u1`, start)],
  });

  it('reads incidents.json and selects incidents by id', () => {
    const file = {
      page,
      incidents: [incident('a', '2024-01-01T10:00:00Z'), incident('b', '2024-01-02T10:00:00Z')],
    };
    expect(incidentsOf(parse(file)).map((i) => i.data.incident.source.externalId)).toEqual([
      'a',
      'b',
    ]);
    const picked = parse(file, { incidentIds: ['b', 'zz'] });
    expect(incidentsOf(picked).map((i) => i.data.incident.source.externalId)).toEqual(['b']);
    expect(picked.ok && picked.rejected).toEqual([
      { line: null, path: null, reason: 'No incident with the id "zz" in this file.' },
    ]);
    expect(first(parse(file)).data.incident.timeZone).toBe('America/Sao_Paulo');
  });

  it('reads a single incident file and a bare incident object', () => {
    expect(
      first(parse({ page, incident: incident('c', '2024-01-01T10:00:00Z') })).data.incident.title,
    ).toBe('Incident c');
    const bare = first(parse(incident('d', '2024-01-01T10:00:00-03:00')));
    expect(bare.data.incident.alert).toBe(ms('2024-01-01T13:00:00Z'));
    expect(bare.data.incident.timeZone).toBe('UTC');
    expect(bare.data.incident.resolution).toBeNull();
  });

  it('falls back to UTC for an unknown page zone', () => {
    const file = {
      page: { name: 'X', time_zone: 'Mars/Olympus' },
      incident: incident('e', '2024-01-01T10:00:00Z'),
    };
    expect(first(parse(file)).data.incident.timeZone).toBe('UTC');
  });

  it('rejects an unreadable incident of a list with its JSON Pointer, and imports the rest', () => {
    const file = {
      page,
      incidents: [
        incident('a', '2024-01-01T10:00:00Z'),
        'nonsense',
        { id: 'x', incident_updates: [] },
      ],
    };
    const result = parse(file);
    expect(incidentsOf(result)).toHaveLength(1);
    expect(result.ok && result.rejected).toEqual([
      { line: null, path: '/incidents/1', reason: 'the incident is not an object' },
      {
        line: null,
        path: '/incidents/2',
        reason: 'the incident has no start: no started_at, created_at or readable update',
      },
    ]);
  });
});

describe('Statuspage quirks and bad updates', () => {
  const base = {
    id: 'inc',
    name: 'Quirky',
    created_at: '2024-01-01T10:05:00.000Z',
    resolved_at: '2024-01-01T11:00:00.000Z',
    reminder_intervals: '[]',
    components: [],
  };

  it('without started_at, A is the earlier of created_at and the first communication', () => {
    const early = first(
      parse({ ...base, incident_updates: [update('u1', '2024-01-01T10:01:00Z')] }),
    );
    expect(early.data.incident.alert).toBe(ms('2024-01-01T10:01:00Z'));
    const late = first(
      parse({ ...base, incident_updates: [update('u1', '2024-01-01T10:09:00Z')] }),
    );
    expect(late.data.incident.alert).toBe(ms('2024-01-01T10:05:00Z'));
  });

  it('keeps updates displayed before started_at and reads kinds from the status', () => {
    const { data } = first(
      parse({
        ...base,
        started_at: '2024-01-01T10:00:00Z',
        incident_updates: [
          update('u4', '2024-01-02T09:00:00Z', { status: 'postmortem' }),
          update('u3', '2024-01-01T11:00:00Z', { status: 'resolved', affected_components: null }),
          update('u2', '2024-01-01T10:30:00Z', {
            status: 'Monitoring',
            affected_components: 'oops',
          }),
          update('u1', '2024-01-01T09:50:00Z', { status: 'identified' }),
        ],
      }),
    );
    expect(data.communications.map((c) => [c.sourceId, c.kind, c.sourceStatus])).toEqual([
      ['u1', 'update', 'identified'],
      ['u2', 'update', 'monitoring'],
      ['u3', 'resolution', 'resolved'],
      ['u4', 'follow-up', 'postmortem'],
    ]);
    expect(data.incident.alert).toBe(ms('2024-01-01T10:00:00Z'));
  });

  it('takes display_at, else created_at, and can switch to created_at; both kept with offsets', () => {
    const updates = [
      {
        id: 'a',
        status: 'investigating',
        body: 'x',
        created_at: '2024-01-01T10:20:00+02:00',
        display_at: '2024-01-01T10:10:00+02:00',
      },
      { id: 'b', status: 'investigating', body: 'y', created_at: '2024-01-01T08:30:00Z' },
    ];
    const byDisplay = first(parse({ ...base, incident_updates: updates })).data.communications;
    expect(
      byDisplay.map((c) => [c.sourceId, new Date(c.instant).toISOString(), c.offsetMinutes]),
    ).toEqual([
      ['a', '2024-01-01T08:10:00.000Z', 120],
      ['b', '2024-01-01T08:30:00.000Z', 0],
    ]);
    expect(byDisplay[0]?.sourceTimes).toEqual({
      displayAt: { ms: ms('2024-01-01T08:10:00Z'), offsetMinutes: 120 },
      createdAt: { ms: ms('2024-01-01T08:20:00Z'), offsetMinutes: 120 },
    });
    const byCreated = first(
      parse({ ...base, incident_updates: updates }, { instantSource: 'created_at' }),
    );
    expect(byCreated.data.incident.instantSource).toBe('created_at');
    expect(byCreated.data.communications.map((c) => new Date(c.instant).toISOString())).toEqual([
      '2024-01-01T08:20:00.000Z',
      '2024-01-01T08:30:00.000Z',
    ]);
  });

  it('converts HTML bodies to text, never keeps markup', () => {
    const body =
      '<p>Fixed &amp; <b>verified</b></p><ul><li>API</li><li>Web</li></ul><script>alert(1)</script>';
    const { data } = first(
      parse({ ...base, incident_updates: [update('u', '2024-01-01T10:06:00Z', { body })] }),
    );
    expect(data.communications[0]?.text).toBe('Fixed & verified\n\nAPI\nWeb');
  });

  it('reads tweet ids given as strings and notes a bad one without losing the update', () => {
    const { data, rejected } = first(
      parse({
        ...base,
        incident_updates: [
          update('u2', '2024-01-01T10:20:00Z', { tweet_id: 'not-a-number' }),
          update('u1', '2024-01-01T10:10:00Z', { tweet_id: '1196315196593041408' }),
        ],
      }),
    );
    // The tweet's own time (2019) sorts before the 2024 updates: instants, not ids, order.
    expect(data.communications.map((c) => c.sourceId)).toEqual(['u1#tweet', 'u1', 'u2']);
    expect(data.communications[0]?.instant).toBe(1574058743986);
    expect(rejected).toEqual([
      { line: null, path: '/incident_updates/0/tweet_id', reason: 'tweet_id is not a tweet id' },
    ]);
  });

  it('rejects malformed updates with their JSON Pointer and imports the rest', () => {
    const result = parse({
      page: { name: 'P', time_zone: 'Etc/UTC' },
      incident: {
        ...base,
        started_at: '2024-01-01T10:00:00Z',
        incident_updates: [
          update('ok2', '2024-01-01T10:40:00Z'),
          null,
          { status: 'investigating', body: 'no id', display_at: '2024-01-01T10:20:00Z' },
          { id: 'no-time', body: 'x' },
          update('bad-time', 'soon'),
          update('bad-body', '2024-01-01T10:30:00Z', { body: { html: 'x' } }),
          update('ok1', '2024-01-01T10:10:00Z'),
        ],
      },
    });
    const incident = first(result);
    expect(incident.data.communications.map((c) => c.sourceId)).toEqual(['ok1', 'ok2']);
    expect(incident.rejected).toEqual([
      { line: null, path: '/incident/incident_updates/5', reason: 'body is not text' },
      {
        line: null,
        path: '/incident/incident_updates/4',
        reason: 'display_at: unreadable time "soon"',
      },
      {
        line: null,
        path: '/incident/incident_updates/3',
        reason: 'the update has neither display_at nor created_at',
      },
      { line: null, path: '/incident/incident_updates/2', reason: 'the update has no id' },
      { line: null, path: '/incident/incident_updates/1', reason: 'the update is not an object' },
    ]);
  });

  it('notes an unreadable resolved_at and leaves R unknown', () => {
    const incident = first(
      parse({
        ...base,
        started_at: '2024-01-01T10:00:00Z',
        resolved_at: 'later',
        incident_updates: [],
      }),
    );
    expect(incident.data.incident.resolution).toBeNull();
    expect(incident.data.channels).toEqual([]);
    expect(incident.rejected).toEqual([
      { line: null, path: '/resolved_at', reason: 'resolved_at: unreadable time "later"' },
    ]);
  });

  it('uses the ids of options.newId, one channel per name, and a javascript: shortlink is dropped', () => {
    const { data } = first(
      parse({
        ...base,
        shortlink: 'javascript:alert(1)',
        incident_updates: [update('u', '2024-01-01T10:06:00Z')],
      }),
    );
    expect(data.incident.source.url).toBeNull();
    const ids = [
      data.review.id,
      data.incident.id,
      ...data.channels.map((c) => c.id),
      ...data.communications.map((c) => c.id),
    ];
    expect(ids.every((id) => /^id-\d+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(channelNames(first(parse({ ...base, incident_updates: [] }))).size).toBe(0);
  });
});
