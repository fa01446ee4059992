// @vitest-environment node
// The home page's first load holds neither jspdf, nor papaparse, nor the import worker
// (reliability notes, G6: they are lazy, or the first load grows by ~150 kB gzip). The app
// is built here, with its own vite.config.ts, into a temporary folder: no built app is
// shared with the unit tests (`npm test` runs them before `vite build`, and dist/ may be
// left over from another commit). The first-load chunks are listed as the bench lists them
// (test/bench/lib/bundle/firstLoadChunks.mjs), and the strings that tell the lazy code
// apart come from test/bench/lib/bundle/lazyCode.mjs; each is also checked to be in some
// other chunk, so a marker that no longer matches fails here instead of passing.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  firstLoadChunks,
  htmlEntries,
  staticImports,
} from '../../bench/lib/bundle/firstLoadChunks.mjs';
import { LAZY_CODE, lazyCodeIn } from '../../bench/lib/bundle/lazyCode.mjs';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
/**
 * The build takes ~10 s on an idle 2-core machine and 20–40 s while the rest of the suite
 * runs beside it: hence the generous limit.
 */
const BUILD_TIMEOUT_MS = 180_000;

describe('firstLoadChunks', () => {
  const chunks: Record<string, string> = {
    'assets/index-a.js':
      'import{a as t}from"./shared-b.js";import"./side-c.js";const r=()=>import("./page-d.js");',
    'assets/shared-b.js': 'export{x}from"./util-e.js";',
    'assets/side-c.js': '',
    'assets/util-e.js': 'import"../assets/shared-b.js";',
    'assets/preloaded-f.js': 'import*as n from"./optional/g.js";',
    'assets/optional/g.js': 'import{z}from"../util-e.js";',
    'assets/page-d.js': 'import"./never-h.js";',
  };
  const html = `<!doctype html><head>
    <script type="module" crossorigin src="/assets/index-a.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/preloaded-f.js">
    <link rel="modulepreload" href="https://cdn.example/elsewhere.js">
    <link rel="stylesheet" crossorigin href="/assets/index-a.css">
  </head>`;
  const read = (path: string): string => {
    const code = chunks[path];
    if (code === undefined) throw new Error(`read a chunk that is not loaded: ${path}`);
    return code;
  };

  it('follows the scripts, the module preloads and their static imports, not import()', () => {
    expect(firstLoadChunks(html, read)).toEqual([
      'assets/index-a.js',
      'assets/preloaded-f.js',
      'assets/shared-b.js',
      'assets/side-c.js',
      'assets/optional/g.js',
      'assets/util-e.js',
    ]);
  });

  it('reads what the HTML loads, same-origin only', () => {
    expect(htmlEntries(html)).toEqual({
      scripts: ['assets/index-a.js'],
      modulePreloads: ['assets/preloaded-f.js'],
      stylesheets: ['assets/index-a.css'],
    });
    expect(staticImports(read('assets/index-a.js'))).toEqual(['./shared-b.js', './side-c.js']);
  });
});

describe('the built app', () => {
  let dist = '';
  let firstLoad: string[] = [];
  let others: string[] = [];
  const code = (path: string) => readFileSync(join(dist, path), 'utf8');

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'gapline-first-load-'));
    // Vitest sets NODE_ENV=test, with which Vite would build React's development code.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({
        root: ROOT,
        configFile: join(ROOT, 'vite.config.ts'),
        logLevel: 'silent',
        build: { outDir: dist, emptyOutDir: true },
      });
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }
    firstLoad = firstLoadChunks(code('index.html'), code);
    others = readdirSync(join(dist, 'assets'), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
      .map((entry) => relative(dist, join(entry.parentPath, entry.name)).split('\\').join('/'))
      .filter((path) => !firstLoad.includes(path));
  }, BUILD_TIMEOUT_MS);

  afterAll(() => {
    if (dist !== '') rmSync(dist, { recursive: true, force: true });
  });

  it('loads its entry script, its module preloads and their static imports first', () => {
    const { scripts, modulePreloads } = htmlEntries(code('index.html'));
    expect(scripts).toHaveLength(1);
    expect(firstLoad).toEqual(expect.arrayContaining([...scripts, ...modulePreloads]));
    for (const path of firstLoad) expect(path).toMatch(/^assets\/[^/]+\.js$/);
    // The production build, as shipped (React's production code has these error texts).
    expect(firstLoad.some((path) => code(path).includes('Minified React error #'))).toBe(true);
  });

  it('no first-load chunk holds jspdf, papaparse or the import worker', () => {
    const found = firstLoad.map((path) => ({ path, lazy: lazyCodeIn(code(path)) }));
    expect(found.filter(({ lazy }) => lazy.length > 0)).toEqual([]);
    expect(firstLoad.filter((path) => /importWorker/.test(path))).toEqual([]);
  });

  it.each(LAZY_CODE.flatMap(({ name, markers }) => markers.map((marker) => [name, marker])))(
    "%s's marker %j is in a lazy chunk (so its absence above means something)",
    (_name, marker) => {
      expect(others.filter((path) => code(path).includes(marker))).not.toEqual([]);
    },
  );

  it('the import worker is built, and no first-load chunk is it', () => {
    const workers = others.filter((path) => /^assets\/importWorker-[^/]+\.js$/.test(path));
    expect(workers).toHaveLength(1);
    // It parses CSV with papaparse in the worker.
    expect(lazyCodeIn(code(workers[0] ?? ''))).toContain('papaparse');
  });
});
