// `npm run bench`: Gapline's speed figures, each beside its floor — the bare library doing
// the same work, or the bare minimum, measured by the same command in the same run on the
// same machine — as a ratio, with the target (issue 9). Parts:
//   timeline  headless Chromium against the built app vs a bare-Konva page (drag, pan, zoom,
//             nodes, open) at 4 sizes up to 20,000 communications
//   import    a 1k / 10k / 100k-row CSV imported through the UI (preview, saved, longest
//             main-thread task, heap, reopen) vs bare parsing and bare IndexedDB
//   node      gap analysis, the CLI (100k-row CSV, the whole corpus), the PDF, heap (Node)
//   bundle    first-load JavaScript of the home page (gzip) vs the libraries alone
// A benchmark, not a test: it prints figures and never fails on them; it exits non-zero
// only when the harness itself broke (build, server, browser, floor page).
//
//   npm run bench                 full: every part at every size
//   npm run bench -- --quick      one small size, each figure once (CI: proves the bench runs)
//   npm run bench -- --json       the same figures as JSON on stdout (progress on stderr)
//   npm run bench -- --reps 3     repeat each gesture, pooling the frames
//   npm run bench -- --size 2000/500   only that timeline size (communications/notes; repeatable)
//   npm run bench -- --part import,node   only these parts (timeline, import, node, bundle)
// With --json, run npm with -s (`npm run -s bench -- --json`) so npm's banner stays off stdout.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { makeBenchReview } from './makeBenchReview.mjs';
import { measureBundleFigures } from './lib/bundleFigures.mjs';
import {
  IMPORT_FULL_SIZES,
  IMPORT_QUICK_SIZES,
  measureImportFigures,
} from './lib/importFigures.mjs';
import { measureNodeFigures } from './lib/nodeFigures.mjs';
import { FULL_SIZES, QUICK_SIZES, measureSide, rowsFor, sizeLabel } from './lib/figures.mjs';
import { GESTURE_BUDGET_MS } from './lib/input.mjs';
import { openAppPage, openFloorPage } from './lib/pages.mjs';
import { formatJson, formatTable } from './lib/report.mjs';
import { buildApp, bundleFloorPage, chromiumSettings, startPreview } from './lib/serve.mjs';

const USAGE =
  'usage: npm run bench -- [--quick] [--json] [--reps N] [--size COMMS/NOTES]… [--part timeline,import,node,bundle]';
const PARTS = ['timeline', 'import', 'node', 'bundle'];

const usageError = (message) => Object.assign(new Error(`${message}\n${USAGE}`), { usage: true });

function parseArgs(argv) {
  const opts = { quick: false, json: false, reps: null, sizes: [], parts: PARTS };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--quick') opts.quick = true;
    else if (a === '--json') opts.json = true;
    else if (a === '--reps') opts.reps = Number(argv[++i]);
    else if (a === '--part') {
      opts.parts = (argv[++i] ?? '').split(',').filter((p) => p !== '');
      const unknown = opts.parts.filter((p) => !PARTS.includes(p));
      if (opts.parts.length === 0 || unknown.length > 0)
        throw usageError(`--part takes some of ${PARTS.join(',')}`);
    } else if (a === '--size') {
      const m = /^(\d+)\/(\d+)$/.exec(argv[++i] ?? '');
      if (m === null) throw usageError('--size takes COMMS/NOTES, e.g. 2000/500');
      opts.sizes.push({ communications: Number(m[1]), notes: Number(m[2]), drag: true });
    } else if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw usageError(`unknown option ${a}`);
  }
  if (opts.reps !== null && !(Number.isInteger(opts.reps) && opts.reps >= 1))
    throw usageError('--reps takes a whole number ≥ 1');
  return opts;
}

const round1 = (n) => Math.round(n * 10) / 10;
const log = (message) => process.stderr.write(`${message}\n`);
const cleanups = [];
async function cleanUp() {
  while (cleanups.length > 0) {
    const step = cleanups.pop();
    try {
      await step();
    } catch (e) {
      log(`bench: cleanup: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    void cleanUp().finally(() => process.exit(130));
  });
}

async function closeQuietly(page) {
  await page.close().catch(() => undefined);
}

/** Floor first, then the app, for one size; the floor failing is the harness failing. */
async function benchSize(ctx, size, reps) {
  const { document, scene, noteIds, communicationIds } = makeBenchReview(size);
  const file = join(ctx.filesDir, `bench-${size.communications}-${size.notes}.gapline.json`);
  writeFileSync(file, JSON.stringify(document));
  const ids = { noteIds, communicationIds };
  log(`  ${sizeLabel(size)}: floor`);
  const floorPage = await openFloorPage(ctx.context, ctx.bundle, scene);
  const floor = await measureSide(floorPage, size, ids, reps, log, true).finally(() =>
    closeQuietly(floorPage.page),
  );
  log(`  ${sizeLabel(size)}: app`);
  let app;
  let appPage = null;
  try {
    if (ctx.appBroken !== null) throw new Error(ctx.appBroken);
    appPage = await openAppPage(ctx.context, ctx.baseUrl, file, size, log);
    app = await measureSide(appPage, size, ids, reps, log, false);
  } catch (e) {
    const why = `error: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}`;
    log(`    app: ${why}`);
    // The same build will not open a bigger review: do not wait for it again.
    if (appPage === null && ctx.appBroken === null)
      ctx.appBroken = `did not open at ${sizeLabel(size)}`;
    const na = { na: why };
    app = { open: na, drag: na, pan: na, zoom: na, nodes: na };
  } finally {
    if (appPage !== null) await closeQuietly(appPage.page);
  }
  return rowsFor(size, app, floor);
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const sizes = opts.sizes.length > 0 ? opts.sizes : opts.quick ? QUICK_SIZES : FULL_SIZES;
  const reps = opts.reps ?? 1;
  const began = Date.now();
  const loadBefore = loadavg()[0];
  const root = mkdtempSync(join(tmpdir(), 'gapline-bench-'));
  cleanups.push(() => rmSync(root, { recursive: true, force: true }));
  const outDir = join(root, 'dist');
  const filesDir = join(root, 'files');
  mkdirSync(filesDir);

  log('bench: building the app and the floor page…');
  const [, bundle, browser] = await Promise.all([
    buildApp(outDir),
    bundleFloorPage(),
    chromiumSettings(),
  ]);
  const server = await startPreview(outDir);
  cleanups.push(server.stop);
  const context = await chromium.launchPersistentContext(join(root, 'profile'), {
    executablePath: browser.executablePath,
    headless: true,
    args: browser.args,
    viewport: { width: 1600, height: 900 },
    locale: 'en-US',
    timezoneId: 'UTC',
    // A fresh profile would install the service worker and download its precache (~2.3 MB)
    // while the first figures are measured; the bench measures the app, not the install.
    serviceWorkers: 'block',
  });
  cleanups.push(() => context.close());
  const first = context.pages()[0] ?? (await context.newPage());
  const userAgent = await first.evaluate(() => navigator.userAgent);
  const machine = {
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? null,
    node: process.version,
    chromium: browser.version ?? /Chrome\/([\d.]+)/.exec(userAgent)?.[1] ?? userAgent,
    viewport: '1600×900',
  };
  const ctx = { context, bundle, baseUrl: server.url, filesDir, appBroken: null };

  const figures = [];
  const on = (part) => opts.parts.includes(part);
  if (on('timeline')) {
    log('bench: timeline');
    for (const size of sizes) figures.push(...(await benchSize(ctx, size, reps)));
  }
  if (on('import')) {
    log('bench: import');
    const importSizes = opts.quick ? IMPORT_QUICK_SIZES : IMPORT_FULL_SIZES;
    figures.push(
      ...(await measureImportFigures({
        context,
        baseUrl: server.url,
        root: filesDir,
        sizes: importSizes,
        log,
      })),
    );
  }
  await closeQuietly(first);
  await context.close().catch(() => undefined);
  if (on('node')) {
    log('bench: node (domain, CLI, PDF, heap)');
    const nodeRoot = join(root, 'node');
    mkdirSync(nodeRoot);
    figures.push(...(await measureNodeFigures({ quick: opts.quick, log, root: nodeRoot })));
  }
  if (on('bundle')) {
    log('bench: bundle');
    const bundleRoot = join(root, 'bundle');
    mkdirSync(bundleRoot);
    figures.push(...(await measureBundleFigures({ distDir: outDir, root: bundleRoot, log })));
  }
  log(
    `bench: done in ${((Date.now() - began) / 1000).toFixed(0)} s (${opts.quick ? 'quick' : 'full'}, ${reps} rep${reps > 1 ? 's' : ''} per gesture)`,
  );

  machine.load = { before: round1(loadBefore), after: round1(loadavg()[0]) };
  const mode = { quick: opts.quick, reps, sizes: sizes.length, gestureBudgetMs: GESTURE_BUDGET_MS };
  if (opts.json) console.log(formatJson(machine, mode, figures));
  else {
    console.log(
      `\nGapline bench — ${machine.cpus} CPUs, Node ${machine.node}, Chromium ${machine.chromium}, viewport ${machine.viewport}`,
    );
    if (Math.max(loadBefore, loadavg()[0]) > machine.cpus * 0.75) {
      console.log(
        `note: the machine was busy (1-min load ${machine.load.before} → ${machine.load.after} on ${machine.cpus} CPUs): figures are noisy; compare ratios`,
      );
    }
    console.log(
      'floor = the bare library doing the same work (or the bare minimum), measured in this run; ratio = value / floor',
    );
    console.log(
      'timeline: floor = a bare-Konva page drawing the same scene; import: floor = bare parsing / bare IndexedDB; node: floor = sorting the instants / bare Node reading and parsing the files / bare jspdf\n',
    );
    console.log(formatTable(figures, GESTURE_BUDGET_MS));
    console.log('\nA benchmark, not a test: these figures never fail the build.');
  }
}

try {
  await main();
} catch (e) {
  if (e?.usage) {
    log(e.message);
    process.exitCode = 2;
  } else {
    log(`bench: the harness failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    process.exitCode = 1;
  }
} finally {
  await cleanUp();
}
