// The built command, `node dist-cli/gapline.mjs analyze … --format json`, timed as a child
// process from spawn to exit (Node's start-up included), on an N-row CSV and on the whole
// Statuspage corpus in one call. Each floor is a bare-Node script started the same way that
// reads the same files and parses every timestamp in them, and nothing else: what any tool
// must do before it can say anything about the gaps.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { percentile } from '../stats.mjs';
import { REPO } from './bundleDomain.mjs';
import { failureOf, timeProcess } from './timeProcess.mjs';

export const CLI = join(REPO, 'dist-cli', 'gapline.mjs');
export const CORPUS = '/work/shared/corpus/statuspage-github';

/** Floor of the CSV figure: split lines, take the timestamp column, `Date.parse` it. */
const CSV_FLOOR = `// Bench floor (test/bench/lib/node/cliFigures.mjs): read a CSV, parse every timestamp.
import { readFileSync } from 'node:fs';
const text = readFileSync(process.argv[2], 'utf8');
const lines = text.split('\\n');
const column = lines[0].split(',').indexOf('timestamp');
let rows = 0;
let bad = 0;
for (let i = 1; i < lines.length; i++) {
  const line = lines[i];
  if (line === '') continue;
  const cells = line.split(',', column + 1);
  if (Number.isNaN(Date.parse(cells[column]))) bad++;
  else rows++;
}
process.stdout.write(JSON.stringify({ rows, bad }) + '\\n');
`;

/** Floor of the corpus figure: `JSON.parse` each file, `Date.parse` each update's times. */
const CORPUS_FLOOR = `// Bench floor (test/bench/lib/node/cliFigures.mjs): read Statuspage files, parse their times.
import { readFileSync } from 'node:fs';
let incidents = 0;
let times = 0;
for (const file of process.argv.slice(2)) {
  const { incident } = JSON.parse(readFileSync(file, 'utf8'));
  incidents++;
  for (const u of incident.incident_updates ?? []) {
    if (!Number.isNaN(Date.parse(u.display_at))) times++;
    if (!Number.isNaN(Date.parse(u.created_at))) times++;
  }
}
process.stdout.write(JSON.stringify({ incidents, times }) + '\\n');
`;

/** Newest modification time (ms) of the files under `dir`. */
function newestUnder(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile())
      newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** Builds dist-cli/gapline.mjs when it is missing; warns when src/ changed after it. */
export function ensureCli(log) {
  if (!existsSync(CLI)) {
    log('node: building the CLI (node scripts/build-cli.mjs)…');
    execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: REPO, stdio: 'ignore' });
  } else if (newestUnder(join(REPO, 'src')) > statSync(CLI).mtimeMs) {
    log('node: note: src/ changed since dist-cli/gapline.mjs was built (npm run build:cli)');
  }
}

export function writeFloorScripts(root) {
  const csv = join(root, 'floor-csv.mjs');
  const corpus = join(root, 'floor-corpus.mjs');
  writeFileSync(csv, CSV_FLOOR);
  writeFileSync(corpus, CORPUS_FLOOR);
  return { csv, corpus };
}

export const corpusFiles = () =>
  readdirSync(CORPUS)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(CORPUS, f));

/**
 * Runs the app's and the floor's command `runs` times each, alternately (so a change in the
 * machine's load falls on both), and checks each output once. Returns the median seconds of
 * each side, or the reason a side is missing.
 * @returns {Promise<{app: {s: number}|{error: string}, floor: {s: number}|{error: string}}>}
 */
export async function timeBoth({ app, floor, runs, root, checkApp, checkFloor }) {
  const sides = { app: { args: app, check: checkApp, ms: [], error: null } };
  sides.floor = { args: floor, check: checkFloor, ms: [], error: null };
  for (let i = 0; i < runs; i++) {
    for (const [name, side] of Object.entries(sides)) {
      if (side.error !== null) continue;
      const outFile = join(root, `${name}-out.txt`);
      const run = await timeProcess(side.args, outFile, { cwd: root });
      side.error = failureOf(run) ?? (i === 0 ? side.check(outFile) : null);
      if (side.error === null) side.ms.push(run.ms);
    }
  }
  const result = (side) =>
    side.error !== null ? { error: side.error } : { s: percentile(side.ms, 50) / 1000 };
  return { app: result(sides.app), floor: result(sides.floor) };
}

/** The CLI's JSON printed `count` reports (read without parsing a 40 MB text). */
export function checkReports(count) {
  return (file) => {
    const text = readFileSync(file, 'utf8');
    if (!text.startsWith('{\n  "reports": [')) return `unexpected output: ${text.slice(0, 60)}`;
    // Each report is an element of `reports` at 4 spaces' indent.
    const found = text.split('\n    {\n      "incident": {').length - 1;
    return found === count ? null : `printed ${found} reports, expected ${count}`;
  };
}

/** The floor script read `expect` rows or incidents (and no unreadable timestamp). */
export function checkFloor(key, expect) {
  return (file) => {
    const out = JSON.parse(readFileSync(file, 'utf8'));
    if (out.bad > 0) return `${out.bad} timestamps did not parse`;
    return out[key] === expect ? null : `read ${out[key]} ${key}, expected ${expect}`;
  };
}
