/**
 * Big files are parsed in a module worker, their bytes decoded there; without `Worker`
 * (Node, jsdom) they parse in this thread. A stand-in Worker runs the real worker protocol
 * in-process, with structured cloning both ways, so the message contract and the id
 * hand-over are tested here.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ImportResult } from '../../../src/import/contract';
import { parseCsvInWorker } from '../../../src/import/csv/parseCsvInWorker';
import { importFile } from '../../../src/import/importFile';
import { parseFileInWorker } from '../../../src/import/parseInWorker';
import { summarizeImportedIncident } from '../../../src/import/summarizeImportedIncident';
import { runImportWorker, WORKER_THRESHOLD } from '../../../src/import/runImportWorker';
import {
  handleImportRequest,
  toImportRequest,
  type ImportRequest,
} from '../../../src/import/workerProtocol';
import { newId } from '../../../src/domain/newId';
import { toWorkerAnswers, WORKER_SLICE } from '../../../src/import/workerAnswer';
import { InProcessWorker, workerLog } from '../../factories/inProcessWorker';
import { makeImportOptions } from '../../factories/makeImportOptions';

/** A CSV of 13,000 updates (about 1.3 MB: well over the worker threshold). */
function bigCsv(): string {
  const rows = ['timestamp,channel,author,kind,message', '2024-03-05 08:00,Ops,bot,alert,start'];
  for (let i = 0; i < 13_000; i++) {
    const t = new Date(Date.UTC(2024, 2, 5, 9, 0, i)).toISOString();
    rows.push(
      `${t},${i % 2 === 0 ? 'Status page' : 'Email'},Ana,update,Update number ${i} with some words to fill the row`,
    );
  }
  const csv = rows.join('\n');
  if (csv.length <= WORKER_THRESHOLD) throw new Error('the big CSV is not big');
  return csv;
}

/** Windows-1252 bytes of a CSV over the threshold, with accents (é = 0xE9, – = 0x96). */
function bigWindows1252Csv(): { readonly bytes: Uint8Array; readonly text: string } {
  const text = bigCsv().replace(/Update number/g, 'Actualización – número');
  const bytes = Uint8Array.from(text, (c) => (c === '–' ? 0x96 : c.charCodeAt(0)));
  return { bytes, text };
}

const started = workerLog.started;

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  workerLog.reset();
});

const withoutIds = (result: ImportResult) => {
  if (!result.ok) throw new Error(result.error.message);
  return result.incidents.map(({ summary: _summary, ...i }) => ({
    ...i,
    data: {
      review: { ...i.data.review, id: '' },
      incident: { ...i.data.incident, id: '', reviewId: '' },
      channels: i.data.channels.map((c) => c.name),
      communications: i.data.communications.map((c) => [
        c.instant,
        c.offsetMinutes,
        c.kind,
        c.text,
        c.sourceId,
        c.order,
      ]),
      phases: i.data.phases.map((p) => [p.kind, p.start, p.end]),
    },
  }));
};

describe('parseFileInWorker', () => {
  it('parses in this thread when Worker does not exist (Node, tests)', async () => {
    expect(typeof Worker).toBe('undefined');
    const raw = bigCsv();
    const result = await parseFileInWorker(raw, 'big.csv', makeImportOptions());
    expect(result).toEqual(importFile(raw, 'big.csv', makeImportOptions()));
  });

  it('uses a module worker for big inputs and hands ids over to options.newId', async () => {
    vi.stubGlobal('Worker', InProcessWorker);
    const raw = bigCsv();
    const result = await parseFileInWorker(raw, 'big.csv', makeImportOptions());
    expect(started).toEqual([{ url: expect.stringMatching(/importWorker\.ts/), type: 'module' }]);
    const direct = importFile(raw, 'big.csv', makeImportOptions());
    expect(withoutIds(result)).toEqual(withoutIds(direct));
    if (!result.ok || !direct.ok) throw new Error('failed');
    // The ~13,000 messages came in slices, then the rest of the answer.
    const messages = direct.incidents[0]?.data.communications.length ?? 0;
    expect(messages).toBeGreaterThan(2 * WORKER_SLICE);
    expect(workerLog.answers).toBe(Math.ceil(messages / WORKER_SLICE) + 1);
    const data = result.incidents[0]?.data;
    const ids = [
      data?.review.id,
      data?.incident.id,
      ...(data?.communications.map((c) => c.id) ?? []),
    ];
    expect(ids.every((id) => /^id-\d+$/.test(id ?? ''))).toBe(true);
    const channelIds = new Set(data?.channels.map((c) => c.id));
    expect(
      data?.communications.every(
        (c) => channelIds.has(c.channelId) && c.reviewId === data.review.id,
      ),
    ).toBe(true);
    expect(data?.incident.updatedAt).toBe(
      direct.ok && direct.incidents[0]?.data.incident.updatedAt,
    );
  });

  it("with the app's own random ids, the worker makes them and they are kept", async () => {
    vi.stubGlobal('Worker', InProcessWorker);
    const made: string[] = [];
    const spy = vi.spyOn(globalThis.crypto, 'randomUUID');
    const raw = bigCsv();
    const options = makeImportOptions({ newId });
    expect(toImportRequest(raw, 'big.csv', options).randomIds).toBe(true);
    expect(toImportRequest(raw, 'big.csv', makeImportOptions()).randomIds).toBe(false);
    const result = await parseFileInWorker(raw, 'big.csv', options);
    for (const r of spy.mock.results) if (r.type === 'return') made.push(r.value);
    spy.mockRestore();
    if (!result.ok) throw new Error(result.error.message);
    const data = result.incidents[0]?.data;
    const ids = [data?.review.id, ...(data?.communications.map((c) => c.id) ?? [])];
    // Every id is one the worker's request made, none made again on the way back.
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(ids.every((id) => uuid.test(id ?? ''))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    const ownIds = new Set(made);
    expect(ids.every((id) => ownIds.has(id ?? ''))).toBe(true);
    expect(made.length).toBeLessThan(ids.length + 10);
    // The preview's summary came made by the worker, of the same messages.
    const incident = result.incidents[0];
    if (incident === undefined) throw new Error('no incident');
    expect(incident.summary).toEqual(
      summarizeImportedIncident({ data: incident.data, warnings: [], rejected: [] }),
    );
    expect(withoutIds(result)).toEqual(withoutIds(importFile(raw, 'big.csv', options)));
  });

  it('sends a big chosen file to the worker unread (a handle, not a copy); it is read and decoded there', async () => {
    vi.stubGlobal('Worker', InProcessWorker);
    const { bytes, text } = bigWindows1252Csv();
    const file = new Blob([bytes as Uint8Array<ArrayBuffer>]);
    const read = vi.spyOn(Blob.prototype, 'arrayBuffer');
    const result = await parseFileInWorker(file, 'big.csv', makeImportOptions());
    expect(started).toHaveLength(1);
    // The request carried the file, not its bytes or its text.
    expect(Object.prototype.toString.call(workerLog.requests[0]?.raw)).toBe('[object Blob]');
    // Read once, by the worker (this stand-in runs it in-process).
    expect(read).toHaveBeenCalledTimes(1);
    expect(withoutIds(result)).toEqual(
      withoutIds(importFile(text, 'big.csv', makeImportOptions())),
    );
    if (!result.ok) throw new Error(result.error.message);
    const texts = result.incidents[0]?.data.communications.map((c) => c.text);
    expect(texts).toContain('Actualización – número 0 with some words to fill the row');
  });

  it("decodes a big file's bytes in the worker too", async () => {
    vi.stubGlobal('Worker', InProcessWorker);
    const { bytes, text } = bigWindows1252Csv();
    const result = await parseFileInWorker(bytes, 'big.csv', makeImportOptions());
    expect(Object.prototype.toString.call(workerLog.requests[0]?.raw)).toBe('[object Uint8Array]');
    expect(Buffer.from(workerLog.requests[0]?.raw as Uint8Array).equals(bytes)).toBe(true);
    expect(withoutIds(result)).toEqual(
      withoutIds(importFile(text, 'big.csv', makeImportOptions())),
    );
  });

  it('says a file that can no longer be read could not be read', async () => {
    const gone = new Blob(['timestamp,channel,kind,message\n']);
    vi.spyOn(gone, 'arrayBuffer').mockRejectedValue(
      new DOMException('A requested file or directory could not be found.', 'NotFoundError'),
    );
    expect(await parseFileInWorker(gone, 'moved.csv', makeImportOptions())).toEqual({
      ok: false,
      error: { code: 'read', message: 'A requested file or directory could not be found.' },
    });
  });

  it('refuses the bytes of an image as not text, in the worker and in this thread', async () => {
    const png = new Uint8Array(WORKER_THRESHOLD + 10);
    png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const notText = { ok: false, error: { code: 'not-text', message: 'PNG image' } };
    expect(await parseFileInWorker(png, 'a.csv', makeImportOptions())).toEqual(notText);
    vi.stubGlobal('Worker', InProcessWorker);
    expect(await parseFileInWorker(png, 'a.csv', makeImportOptions())).toEqual(notText);
    expect(await parseFileInWorker(new Blob([png]), 'a.csv', makeImportOptions())).toEqual(notText);
    expect(await parseFileInWorker(png.subarray(0, 100), 'a.csv', makeImportOptions())).toEqual(
      notText,
    );
    expect(started).toHaveLength(2);
  });

  it('keeps small inputs in this thread even when Worker exists', async () => {
    vi.stubGlobal('Worker', InProcessWorker);
    await parseFileInWorker(
      'timestamp,channel,kind,message\n2024-03-05 10:00,E,update,x',
      null,
      makeImportOptions(),
    );
    await parseFileInWorker(
      new TextEncoder().encode('timestamp,channel,kind,message\n2024-03-05 10:00,E,update,x'),
      null,
      makeImportOptions(),
    );
    expect(started).toEqual([]);
  });

  it('parseCsvInWorker uses the CSV worker', async () => {
    vi.stubGlobal('Worker', InProcessWorker);
    const result = await parseCsvInWorker(bigCsv(), 'big.csv', makeImportOptions());
    expect(started[0]?.url).toMatch(/csvWorker\.ts/);
    expect(result.ok && result.format).toBe('csv');
  });
});

describe('runImportWorker', () => {
  const request = toImportRequest('x', null, makeImportOptions());
  const fallback = (): ImportResult => ({
    ok: false,
    error: { code: 'empty', message: 'in thread' },
  });

  it('falls back to this thread when the worker cannot start or fails', async () => {
    const cannotStart = await runImportWorker(
      () => {
        throw new Error('CSP');
      },
      request,
      makeImportOptions(),
      fallback,
    );
    expect(cannotStart).toEqual(fallback());
    const failing = new InProcessWorker('broken.ts');
    failing.postMessage = () =>
      setTimeout(() => failing.dispatchEvent(new Event('error', { cancelable: true })), 0);
    const failed = await runImportWorker(
      () => failing as unknown as Worker,
      request,
      makeImportOptions(),
      fallback,
    );
    expect(failed).toEqual(fallback());
    expect(failing.terminated).toBe(true);
  });

  it('fails clearly when the answer does not add up (a slice of messages missing)', async () => {
    const partial = new InProcessWorker('partial.ts');
    partial.postMessage = (message: ImportRequest<string>) => {
      const answers = toWorkerAnswers(handleImportRequest(structuredClone(message)), 1);
      setTimeout(() => {
        // The first slice is lost on the way.
        for (const answer of answers.slice(1)) {
          partial.dispatchEvent(new MessageEvent('message', { data: structuredClone(answer) }));
        }
      }, 0);
    };
    const result = await runImportWorker(
      () => partial as unknown as Worker,
      toImportRequest(
        'timestamp,channel,kind,message\n2024-03-05 10:00,E,update,x',
        null,
        makeImportOptions(),
      ),
      makeImportOptions(),
      fallback,
    );
    expect(result).toEqual({
      ok: false,
      error: { code: 'invalid-file', message: 'The import worker sent 0 of 1 messages.' },
    });
    expect(partial.terminated).toBe(true);
  });

  it('stops a worker that runs too long', async () => {
    const silent = new InProcessWorker('slow.ts');
    silent.postMessage = () => undefined;
    const result = await runImportWorker(
      () => silent as unknown as Worker,
      request,
      makeImportOptions(),
      fallback,
      20,
    );
    expect(result).toEqual({
      ok: false,
      error: { code: 'invalid-file', message: 'Reading the file took too long and was stopped.' },
    });
    expect(silent.terminated).toBe(true);
  });

  it('sends only cloneable options, with the clock value', () => {
    const options = makeImportOptions({ incidentIds: ['a'] });
    const sent = toImportRequest('raw', 'f.json', options);
    expect(structuredClone(sent)).toEqual(sent);
    expect(sent.options).toEqual({
      timeZone: 'UTC',
      instantSource: 'display_at',
      fileName: null,
      incidentIds: ['a'],
      dateOrder: 'day-first',
      nowMs: options.now(),
    });
  });
});
