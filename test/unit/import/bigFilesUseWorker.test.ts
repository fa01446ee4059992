// @vitest-environment node
/**
 * A big file chosen or pasted on the home page is parsed in the import worker, a small one
 * in this thread; a file's bytes are measured in bytes, a pasted text in characters. The rule itself (`parseFileInWorker`: more than WORKER_THRESHOLD
 * characters and `Worker` exists) and the worker protocol are tested in
 * parseInWorker.test.ts; this file checks what that one does not: that the parser the home
 * page uses by default (`lazyParseFile`, HomePage's `parseFile`) goes through the rule, and
 * where the threshold falls, to the character. `Worker` is a stand-in that runs the real
 * worker handler in-process (Node has no `Worker` global, which is the seam the app uses).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyParseFile } from '../../../src/features/home/lazyParseFile';
import { WORKER_THRESHOLD } from '../../../src/import/runImportWorker';
import { InProcessWorker, workerLog } from '../../factories/inProcessWorker';
import { makeImportOptions } from '../../factories/makeImportOptions';

const HEADER = 'timestamp,channel,author,kind,message';

/** A valid CSV timeline of exactly `length` characters (the last message is padded). */
function csvOfLength(length: number): string {
  const rows = [HEADER];
  let size = HEADER.length;
  for (let i = 0; ; i++) {
    const t = new Date(Date.UTC(2024, 2, 5, 9, 0, i)).toISOString();
    const row = `${t},${i % 2 === 0 ? 'Status page' : 'Email'},Ana,update,Update ${i} `;
    if (size + 1 + row.length + 80 > length) {
      rows.push(row + 'x'.repeat(length - size - 1 - row.length));
      break;
    }
    rows.push(row);
    size += 1 + row.length;
  }
  const csv = rows.join('\n');
  if (csv.length !== length) throw new Error(`built ${csv.length} characters, not ${length}`);
  return csv;
}

const started = workerLog.started;

afterEach(() => {
  vi.unstubAllGlobals();
  workerLog.reset();
});

const parse = (raw: string | Uint8Array) => lazyParseFile(raw, 'timeline.csv', makeImportOptions());

describe("the home page's parser (lazyParseFile)", () => {
  it('parses a file one character over the threshold in the import worker', async () => {
    vi.stubGlobal('Worker', InProcessWorker);
    const result = await parse(csvOfLength(WORKER_THRESHOLD + 1));
    expect(started).toEqual([{ url: expect.stringMatching(/importWorker\.ts/), type: 'module' }]);
    expect(result.ok && result.format).toBe('csv');
  });

  it("measures a file's bytes: one byte over goes to the worker, exactly the threshold does not", async () => {
    vi.stubGlobal('Worker', InProcessWorker);
    // 'é' is two bytes in UTF-8: this text of threshold characters is threshold + 1 bytes.
    const over = new TextEncoder().encode(csvOfLength(WORKER_THRESHOLD).replace(/x$/, 'é'));
    expect(over.byteLength).toBe(WORKER_THRESHOLD + 1);
    const atThreshold = new TextEncoder().encode(csvOfLength(WORKER_THRESHOLD));
    const inThread = await parse(atThreshold);
    expect(started).toEqual([]);
    const inWorker = await parse(over);
    expect(started).toHaveLength(1);
    expect(inThread.ok && inThread.format).toBe('csv');
    expect(inWorker.ok && inWorker.format).toBe('csv');
  });

  it('parses a file of exactly the threshold, and a small one, in this thread', async () => {
    vi.stubGlobal('Worker', InProcessWorker);
    const atThreshold = await parse(csvOfLength(WORKER_THRESHOLD));
    const small = await parse(csvOfLength(2_000));
    expect(started).toEqual([]);
    expect(atThreshold.ok && atThreshold.format).toBe('csv');
    expect(small.ok && small.format).toBe('csv');
  });
});
