/** Reading a Gapline file: strict inside, known keys only, never a prototype key. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CURRENT_DOCUMENT_VERSION } from '../../../../src/domain/schema/documentMigrations';
import {
  parseReviewDocument,
  readReviewDocument,
} from '../../../../src/domain/schema/parseReviewDocument';

const fixtureText = readFileSync('test/fixtures/gapline-v1.json', 'utf8');
type Doc = Record<string, unknown> & {
  review: Record<string, unknown>;
  incident: Record<string, unknown> & { target: Record<string, unknown> };
  channels: Record<string, unknown>[];
  communications: Record<string, unknown>[];
  phases: Record<string, unknown>[];
};
const fixture = (): Doc => JSON.parse(fixtureText) as Doc;

function error(value: unknown) {
  const result = readReviewDocument(value);
  if (result.ok) throw new Error('expected an error');
  return result.error;
}

describe('parseReviewDocument', () => {
  it('reads the v1 fixture', () => {
    const result = parseReviewDocument(fixtureText);
    if (!result.ok) throw new Error(result.error.message);
    const { review, incident, channels, communications, phases } = result.data;
    expect(review.id).toBe('9b1f6a52-3c1e-4d8e-9a57-0d1c2f3e4a50');
    expect(incident).toMatchObject({
      title: 'Card payments outage',
      timeZone: 'America/Sao_Paulo',
      severity: 'serious',
    });
    expect(channels.map((c) => c.name)).toEqual([
      'Status page',
      'Twitter/X',
      'Email',
      'Slack #incident',
    ]);
    expect(communications).toHaveLength(7);
    expect(communications[0]?.sourceTimes?.createdAt).toEqual({
      ms: Date.parse('2024-03-05T12:14:03.512Z'),
      offsetMinutes: -180,
    });
    expect(phases.map((p) => p.kind)).toEqual(['investigation', 'change']);
    // Version 1 had no sticky notes: the migration "add notes" gives an empty list.
    expect(result.data.notes).toEqual([]);
    expect(result.fromVersion).toBe(1);
  });

  it('reads the v2 fixture with its sticky notes', () => {
    const result = parseReviewDocument(readFileSync('test/fixtures/gapline-v2.json', 'utf8'));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.fromVersion).toBe(2);
    expect(result.data.notes).toEqual([
      expect.objectContaining({ id: 'note-0001', category: 'gap', author: 'Marta', onGap: true }),
      expect.objectContaining({ id: 'note-0002', category: 'confusion', author: null }),
    ]);
    expect(result.data.notes[0]?.text).toContain('\nSupport had nothing to say.');
  });

  it('reads the v3 fixture with the whole workshop, and gives older files an empty one', () => {
    const v3 = parseReviewDocument(readFileSync('test/fixtures/gapline-v3.json', 'utf8'));
    if (!v3.ok) throw new Error(v3.error.message);
    expect(v3.fromVersion).toBe(3);
    const { session, preparation, participants, rootCauses, votes, actions, whatIfs } = v3.data;
    expect(session).toMatchObject({ step: 'root-causes', votesPerParticipant: 3, sound: true });
    expect(session?.timers['root-causes'].runningSince).not.toBeNull();
    expect(preparation).toMatchObject({ affected: 'some', workaroundAvailable: true });
    expect(participants.map((p) => p.name)).toEqual(['Marta', 'Łukasz']);
    expect(rootCauses[0]?.whys).toHaveLength(2);
    expect(votes).toHaveLength(2);
    expect(actions[0]).toMatchObject({ owner: 'Marta', deadline: '2024-04-15', status: 'open' });
    expect(whatIfs).toHaveLength(1);
    expect(v3.data.attachments[0]?.dataUrl).toMatch(/^data:image\/png;base64,/);

    const v2 = parseReviewDocument(readFileSync('test/fixtures/gapline-v2.json', 'utf8'));
    if (!v2.ok) throw new Error(v2.error.message);
    expect(v2.data).toMatchObject({
      session: null,
      preparation: null,
      participants: [],
      rootCauses: [],
      votes: [],
      actions: [],
      whatIfs: [],
      attachments: [],
    });
  });

  it('reads the v4 fixture with its dismissed findings; older files have none', () => {
    const v4 = parseReviewDocument(readFileSync('test/fixtures/gapline-v4.json', 'utf8'));
    if (!v4.ok) throw new Error(v4.error.message);
    expect(v4.fromVersion).toBe(4);
    expect(v4.data.dismissals.map((d) => [d.rule, d.communicationId])).toEqual([
      ['no-next-update', '5a066fde-4d81-4a7f-8265-ae918a7f6e06'],
      ['late-acknowledgement', null],
    ]);
    const v3 = parseReviewDocument(readFileSync('test/fixtures/gapline-v3.json', 'utf8'));
    if (!v3.ok) throw new Error(v3.error.message);
    expect(v3.data.dismissals).toEqual([]);
  });

  it('rejects a dismissal of an unknown rule, and keeps unknown keys out', () => {
    const v4 = (): Record<string, Record<string, unknown>[]> =>
      JSON.parse(readFileSync('test/fixtures/gapline-v4.json', 'utf8')) as never;
    const unknownRule = v4();
    unknownRule['dismissals']![0]!['rule'] = 'be-nicer';
    expect(error(unknownRule)).toMatchObject({ path: '/dismissals/0/rule' });
    const extra = v4();
    extra['dismissals']![0]!['html'] = '<img src=x onerror=alert(1)>';
    const read = parseReviewDocument(JSON.stringify(extra));
    if (!read.ok) throw new Error(read.error.message);
    expect(Object.keys(read.data.dismissals[0] ?? {}).sort()).toEqual([
      'communicationId',
      'id',
      'reviewId',
      'rule',
      'updatedAt',
    ]);
  });

  it('rejects workshop records that point at nothing, bad dates and non-image attachments', () => {
    const v3 = (): Record<string, Record<string, unknown>[]> =>
      JSON.parse(readFileSync('test/fixtures/gapline-v3.json', 'utf8')) as never;
    const orphanVote = v3();
    (orphanVote['votes'] as Record<string, unknown>[])[0]!['rootCauseId'] = 'gone';
    expect(error(orphanVote)).toMatchObject({ path: '/votes/0/rootCauseId' });
    const orphanNote = v3();
    (orphanNote['rootCauses'] as Record<string, unknown>[])[0]!['noteIds'] = ['note-0001', 'x'];
    expect(error(orphanNote)).toMatchObject({ path: '/rootCauses/0/noteIds/1' });
    const badDate = v3();
    (badDate['actions'] as Record<string, unknown>[])[0]!['deadline'] = '15/04/2024';
    expect(error(badDate)).toMatchObject({ path: '/actions/0/deadline' });
    const script = v3();
    (script['attachments'] as Record<string, unknown>[])[0]!['dataUrl'] =
      'data:text/html;base64,PHNjcmlwdD4=';
    expect(error(script)).toMatchObject({ code: 'invalid-document', path: '/attachments/0' });
    const tooManyWhys = v3();
    (tooManyWhys['rootCauses'] as Record<string, unknown>[])[0]!['whys'] = [
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
    ];
    expect(error(tooManyWhys)).toMatchObject({ path: '/rootCauses/0/whys' });
  });

  it('rejects a note with an unknown category, a foreign review or a reused id', () => {
    const v2 = (): {
      notes: Record<string, unknown>[];
      communications: { id: string }[];
    } & Record<string, unknown> =>
      JSON.parse(readFileSync('test/fixtures/gapline-v2.json', 'utf8')) as never;
    const bad = v2();
    (bad.notes[0] as Record<string, unknown>)['category'] = 'rant';
    expect(error(bad)).toMatchObject({ code: 'invalid-document', path: '/notes/0/category' });
    const foreign = v2();
    (foreign.notes[1] as Record<string, unknown>)['reviewId'] = 'someone-else';
    expect(error(foreign)).toMatchObject({ path: '/notes/1/reviewId' });
    const reused = v2();
    (reused.notes[1] as Record<string, unknown>)['id'] = reused.communications[0]?.id;
    expect(error(reused)).toMatchObject({ path: '/notes/1/id' });
    const far = v2();
    (far.notes[0] as Record<string, unknown>)['offsetY'] = 1e9;
    expect(error(far)).toMatchObject({ path: '/notes/0/offsetY' });
  });

  it('drops unknown keys and builds new objects', () => {
    const doc = fixture();
    doc['extra'] = 1;
    doc.review['color'] = 'red';
    (doc.communications[0] as Record<string, unknown>)['html'] = '<b>x</b>';
    doc.incident.target['note'] = 'n';
    const result = readReviewDocument(doc);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.data.review).not.toHaveProperty('color');
    expect(result.data.communications[0]).not.toHaveProperty('html');
    expect(result.data.incident.target).toEqual({ ideal: 20, max: 30 });
    expect(result.data.review).not.toBe(doc.review);
  });

  it('refuses __proto__, constructor and prototype keys anywhere, and pollutes nothing', () => {
    const polluted = fixtureText.replace(
      '"title": "Card payments outage",',
      '"title": "x", "__proto__": {"polluted": true},',
    );
    const result = parseReviewDocument(polluted);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error).toMatchObject({ code: 'invalid-document', path: '/review/__proto__' });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    const doc = fixture();
    (doc.communications[2] as Record<string, unknown>)['constructor'] = {
      prototype: { polluted: true },
    };
    expect(error(doc)).toMatchObject({
      code: 'invalid-document',
      path: '/communications/2/constructor',
    });
  });

  it('names the path and reason of an invalid field', () => {
    const cases: [(d: Doc) => void, string, RegExp][] = [
      [
        (d) => ((d.communications[0] as Record<string, unknown>)['kind'] = 'tweet'),
        '/communications/0/kind',
        /must be one of/,
      ],
      [
        (d) => ((d.communications[1] as Record<string, unknown>)['instant'] = 1.5),
        '/communications/1/instant',
        /expected int/,
      ],
      [
        (d) => ((d.communications[1] as Record<string, unknown>)['text'] = 'x'.repeat(100_001)),
        '/communications/1/text',
        /longer than 100000/,
      ],
      [(d) => (d.incident['timeZone'] = 'Mars/Olympus'), '/incident/timeZone', /unknown time zone/],
      [(d) => (d.incident.target['ideal'] = 45), '/incident/target', /ideal must not exceed max/],
      [
        (d) => ((d.phases[0] as Record<string, unknown>)['end'] = 0),
        '/phases/0',
        /cannot end before it starts/,
      ],
      [(d) => delete d.review['title'], '/review/title', /expected string/],
      [(d) => Object.assign(d, { channels: 'none' }), '/channels', /expected array/],
    ];
    for (const [change, path, reason] of cases) {
      const doc = fixture();
      change(doc);
      const e = error(doc);
      expect(e.code).toBe('invalid-document');
      expect(e.path).toBe(path);
      expect(e.message).toMatch(reason);
    }
  });

  it('checks references between records', () => {
    const cases: [(d: Doc) => void, string, RegExp][] = [
      [
        (d) => ((d.communications[0] as Record<string, unknown>)['channelId'] = 'nope'),
        '/communications/0/channelId',
        /no channel has the id "nope"/,
      ],
      [(d) => (d.incident['reviewId'] = 'other'), '/incident/reviewId', /another review/],
      [
        (d) => ((d.phases[1] as Record<string, unknown>)['reviewId'] = 'other'),
        '/phases/1/reviewId',
        /another review/,
      ],
      [
        (d) => ((d.communications[3] as Record<string, unknown>)['id'] = d.incident['id']),
        '/communications/3/id',
        /used twice/,
      ],
      [
        (d) => ((d.channels[1] as Record<string, unknown>)['name'] = 'Status page'),
        '/channels/1/name',
        /two channels/,
      ],
    ];
    for (const [change, path, reason] of cases) {
      const doc = fixture();
      change(doc);
      const e = error(doc);
      expect(e.path).toBe(path);
      expect(e.message).toMatch(reason);
    }
  });

  it('tells a non-Gapline value, bad JSON and a newer version apart', () => {
    expect(parseReviewDocument('{')).toMatchObject({ ok: false, error: { code: 'invalid-json' } });
    expect(error([1, 2]).code).toBe('not-gapline');
    expect(error({ type: 'excalidraw' }).code).toBe('not-gapline');
    expect(error({ ...fixture(), version: CURRENT_DOCUMENT_VERSION + 1 })).toMatchObject({
      code: 'unsupported-version',
      path: '/version',
    });
  });

  it('walks a 100,000-deep unknown value without overflowing the stack', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const result = parseReviewDocument(
      fixtureText.replace('"type": "gapline",', `"type": "gapline", "junk": ${deep},`),
    );
    expect(result.ok).toBe(true);
  });
});
