// First-load size figures of the built app (reliability notes, G6: "Initial JS ≤ 230 KB
// gzip including app code; jspdf, papaparse and the import worker lazy-loaded"). The value:
// the gzip size of every JavaScript file the home page loads at first load (its
// index.html's scripts and module preloads and their static imports, lib/bundle/
// firstLoadChunks.mjs). The floor: the same, in the same run, for a bare page built with
// Vite that only imports and uses the libraries the home page needs (lib/bundle/floor/).
// Rows have the bench's shape: {figure, size, value, floor, unit, ratio, target, note}.
//
// Alone: `node test/bench/lib/bundleFigures.mjs DIST_DIR` prints the rows as JSON, after
// `npx vite build --outDir DIST_DIR --logLevel warn`.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { firstLoadChunks, htmlEntries } from './bundle/firstLoadChunks.mjs';
import { LAZY_CODE, lazyCodeIn } from './bundle/lazyCode.mjs';

const FLOOR_DIR = join(dirname(fileURLToPath(import.meta.url)), 'bundle', 'floor');
export const FIRST_LOAD_TARGET_KB = 230;
/** What the reliability notes measured for the planned library set (esbuild, gzip -9). */
const NOTES_FLOOR_KB = 209.5;

const SIZE = 'gzip -9, kB = 1000 B';
const round = (n, digits) => (n === null ? null : Number(n.toFixed(digits)));
const kB = (bytes) => round(bytes / 1000, 1);
const gzipBytes = (buffer) => gzipSync(buffer, { level: 9 }).length;
const shortName = (path) => path.replace(/^assets\//, '');
const chunkCount = (page) => `${page.chunks.length} chunk${page.chunks.length === 1 ? '' : 's'}`;

/** All files under `dir`, as paths relative to it. */
function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) =>
      relative(dir, join(e.parentPath ?? e.path, e.name))
        .split('\\')
        .join('/'),
    );
}

/** The first-load JS and CSS of the page `htmlFile` in the build at `distDir`, gzipped. */
export function measureFirstLoad(distDir, htmlFile = 'index.html') {
  const html = readFileSync(join(distDir, htmlFile), 'utf8');
  const read = (path) => readFileSync(join(distDir, path));
  const chunks = firstLoadChunks(html, (path) => read(path).toString('utf8')).map((path) => {
    const code = read(path);
    return { path, bytes: code.length, gzip: gzipBytes(code) };
  });
  const stylesheets = htmlEntries(html).stylesheets.map((path) => ({
    path,
    gzip: gzipBytes(read(path)),
  }));
  const sum = (list) => list.reduce((total, file) => total + file.gzip, 0);
  return { chunks, jsGzip: sum(chunks), stylesheets, cssGzip: sum(stylesheets) };
}

/**
 * Where the lazy code (jspdf, papaparse, the import worker) is in the build: for each, the
 * first-load chunks that hold it (should be none) and the other files that do.
 */
export function lazyCodePlaces(distDir, firstLoad) {
  const first = new Set(firstLoad);
  const places = Object.fromEntries(LAZY_CODE.map((l) => [l.name, { first: [], lazy: [] }]));
  // Only the page's chunks (assets/): sw.js names every file in its precache list.
  const chunks = filesUnder(distDir).filter((p) => p.startsWith('assets/') && p.endsWith('.js'));
  for (const path of chunks) {
    const names = lazyCodeIn(readFileSync(join(distDir, path), 'utf8'));
    // The worker file itself: its name is what the code that starts it refers to.
    if (/(?:^|\/)importWorker-[^/]*\.js$/.test(path)) names.push('import worker');
    for (const name of new Set(names)) places[name][first.has(path) ? 'first' : 'lazy'].push(path);
  }
  return places;
}

function describeLazy(places) {
  return Object.entries(places)
    .map(([name, { first, lazy }]) => {
      if (first.length > 0) return `${name} IN FIRST LOAD (${first.map(shortName).join(', ')})`;
      if (lazy.length === 0) return `${name} not found in the build`;
      return `${name} absent (lazy: ${lazy.map(shortName).join(', ')})`;
    })
    .join('; ');
}

/** Builds the floor page `name` (lib/bundle/floor/NAME.html) with Vite into `outDir`. */
async function buildFloor(name, outDir, cacheDir) {
  const { build } = await import('vite');
  await build({
    configFile: false,
    root: FLOOR_DIR,
    publicDir: false,
    cacheDir,
    logLevel: 'warn',
    // The app's build target, so both sides are minified alike.
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 10_000,
      rolldownOptions: { input: join(FLOOR_DIR, `${name}.html`) },
    },
  });
  return measureFirstLoad(outDir, `${name}.html`);
}

/**
 * The first-load rows for the build at `distDir`; the floor pages are built into folders
 * under `root` (a scratch directory; made in the system's temp folder when omitted).
 */
export async function measureBundleFigures({ distDir, root, log = () => undefined }) {
  const app = measureFirstLoad(distDir);
  const places = lazyCodePlaces(
    distDir,
    app.chunks.map((c) => c.path),
  );
  const scratch = root ?? mkdtempSync(join(tmpdir(), 'gapline-bundle-'));
  try {
    log('bundle: building the floor pages…');
    const cacheDir = join(scratch, 'bundle-floor-vite-cache');
    const home = await buildFloor('home', join(scratch, 'bundle-floor-home'), cacheDir);
    const planned = await buildFloor('planned', join(scratch, 'bundle-floor-planned'), cacheDir);
    const value = kB(app.jsGzip);
    const konvaFirst = app.chunks.some((c) =>
      readFileSync(join(distDir, c.path), 'utf8').includes('Konva warning: '),
    );
    const chunkList = app.chunks.map((c) => `${shortName(c.path)} ${kB(c.gzip)}`).join(', ');
    const row = (figure, floor, note) => ({
      figure,
      size: SIZE,
      value,
      floor,
      unit: 'kB',
      ratio: round(value / floor, 3),
      target: `≤ ${FIRST_LOAD_TARGET_KB} kB`,
      note,
    });
    return [
      row(
        'first-load JS (home page)',
        kB(home.jsGzip),
        `chunks (${app.chunks.length}, kB gzip): ${chunkList}; ${describeLazy(places)}; ` +
          `floor page: react, react-dom/client, zustand, dexie, zod/mini (${chunkCount(home)})`,
      ),
      row(
        'first-load JS vs planned floor',
        kB(planned.jsGzip),
        `floor page: the home page's libraries + react-konva, konva, date-fns, @date-fns/tz ` +
          `(${chunkCount(planned)}), the set G6 was planned with ` +
          `(notes: ${NOTES_FLOOR_KB} kB with esbuild); konva is ${konvaFirst ? '' : 'not '}` +
          `in the home page's first load`,
      ),
      {
        figure: 'first-load CSS (home page)',
        size: SIZE,
        value: kB(app.cssGzip),
        floor: null,
        unit: 'kB',
        ratio: null,
        target: '—',
        note: `stylesheets: ${app.stylesheets.map((s) => `${shortName(s.path)} ${kB(s.gzip)}`).join(', ')}`,
      },
    ];
  } finally {
    if (root === undefined) rmSync(scratch, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const distDir = process.argv[2];
  if (distDir === undefined) {
    console.error('Usage: node test/bench/lib/bundleFigures.mjs DIST_DIR');
    process.exit(2);
  }
  const rows = await measureBundleFigures({
    distDir: resolve(distDir),
    log: (line) => console.error(line),
  });
  console.log(JSON.stringify(rows, null, 2));
}
