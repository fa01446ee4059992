// Heap after loading N communications in Node: `process.memoryUsage().heapUsed` held once an
// N-row CSV has gone through the real importer (parse → validate → normalise), measured in a
// fresh child process with --expose-gc (lib/node/heapChild.mjs). Its floor, measured the same
// way, is the heap held by just the array of N row objects papaparse makes of the same file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { failureOf, timeProcess } from './timeProcess.mjs';

const CHILD = fileURLToPath(new URL('heapChild.mjs', import.meta.url));

/** Heap held (bytes) by each side, or the reason a side is missing. */
export async function measureHeap({ bundle, csvFile, count, root }) {
  const sides = {};
  for (const side of ['app', 'floor']) {
    const outFile = join(root, `heap-${side}.json`);
    const run = await timeProcess(
      ['--expose-gc', CHILD, side, bundle, csvFile, String(count)],
      outFile,
      { cwd: root },
    );
    const failed = failureOf(run);
    sides[side] =
      failed === null
        ? { bytes: JSON.parse(readFileSync(outFile, 'utf8')).held }
        : { error: failed };
  }
  return sides;
}
