// Child process of the heap figure (lib/node/heapFigure.mjs), run with --expose-gc:
//
//   node --expose-gc heapChild.mjs app   BUNDLE FILE.csv COUNT   the real importer
//   node --expose-gc heapChild.mjs floor BUNDLE FILE.csv COUNT   papaparse's row objects
//
// Loads its code, collects garbage, notes `heapUsed`; reads the file and imports it (app:
// `importFile`, parse → validate → normalise; floor: `Papa.parse` with `header: true`, an
// array of row objects); lets the file's text go, keeps the result, collects garbage again and
// prints {before, after, held, rows} (bytes) as JSON. What is held is what the result keeps
// alive, shared substrings of the text included.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import Papa from 'papaparse';

const [side, bundle, file, count] = process.argv.slice(2);
// Both sides load the bundle, so their baselines hold the same code.
const mod = await import(pathToFileURL(bundle).href);

function settledHeap() {
  for (let i = 0; i < 3; i++) globalThis.gc();
  return process.memoryUsage().heapUsed;
}

let counter = 0;
const options = mod.defaultImportOptions({
  newId: () => `gapline-${++counter}`,
  now: () => Date.UTC(2026, 0, 1),
  fileName: basename(file),
});

/** Reads and imports the file; its text is garbage once this returns. */
function load() {
  const text = readFileSync(file, 'utf8');
  if (side === 'app') {
    const result = mod.importFile(text, basename(file), options);
    if (!result.ok) throw new Error(result.error.message);
    return { held: result, rows: result.incidents[0].data.communications.length };
  }
  const data = Papa.parse(text, { header: true, skipEmptyLines: true }).data;
  // The alert row is a row of the file but not a communication.
  return { held: data, rows: data.length - 1 };
}

const before = settledHeap();
const loaded = load();
const after = settledHeap();
const { rows } = loaded;
if (rows !== Number(count)) throw new Error(`${side}: ${rows} communications, expected ${count}`);
process.stdout.write(`${JSON.stringify({ before, after, held: after - before, rows })}\n`);
