// `npm run bench`: the timeline's speed figures in headless Chromium against the built app,
// each beside the same measurement on a bare-Konva page drawing the same scene in the same
// run (the floor), as a ratio. A benchmark, not a test: it prints figures and never fails
// on them; it exits non-zero only when the harness itself broke (build, server, browser,
// floor page).
//
//   npm run bench                 full: 4 sizes up to 20,000 communications
//   npm run bench -- --quick      one small size, each gesture once (CI: proves the bench runs)
//   npm run bench -- --json       the same figures as JSON on stdout (progress on stderr)
//   npm run bench -- --reps 3     repeat each gesture, pooling the frames
//   npm run bench -- --size 2000/500   only that size (communications/notes; repeatable)
// With --json, run npm with -s (`npm run -s bench -- --json`) so npm's banner stays off stdout.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { makeBenchReview } from './makeBenchReview.mjs';
import { FULL_SIZES, QUICK_SIZES, measureSide, rowsFor, sizeLabel } from './lib/figures.mjs';
import { GESTURE_BUDGET_MS } from './lib/input.mjs';
import { openAppPage, openFloorPage } from './lib/pages.mjs';
import { formatJson, formatTable } from './lib/report.mjs';
import { buildApp, bundleFloorPage, chromiumSettings, startPreview } from './lib/serve.mjs';

const USAGE = 'usage: npm run bench -- [--quick] [--json] [--reps N] [--size COMMS/NOTES]…';

const usageError = (message) => Object.assign(new Error(`${message}\n${USAGE}`), { usage: true });

function parseArgs(argv) {
  const opts = { quick: false, json: false, reps: null, sizes: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--quick') opts.quick = true;
    else if (a === '--json') opts.json = true;
    else if (a === '--reps') opts.reps = Number(argv[++i]);
    else if (a === '--size') {
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
  for (const size of sizes) figures.push(...(await benchSize(ctx, size, reps)));
  await closeQuietly(first);
  log(
    `bench: done in ${((Date.now() - began) / 1000).toFixed(0)} s (${opts.quick ? 'quick' : 'full'}, ${reps} rep${reps > 1 ? 's' : ''} per gesture)`,
  );

  machine.load = { before: round1(loadBefore), after: round1(loadavg()[0]) };
  const mode = { quick: opts.quick, reps, sizes: sizes.length, gestureBudgetMs: GESTURE_BUDGET_MS };
  if (opts.json) console.log(formatJson(machine, mode, figures));
  else {
    console.log(
      `\nGapline timeline bench — ${machine.cpus} CPUs, Node ${machine.node}, Chromium ${machine.chromium}, viewport ${machine.viewport}`,
    );
    if (Math.max(loadBefore, loadavg()[0]) > machine.cpus * 0.75) {
      console.log(
        `note: the machine was busy (1-min load ${machine.load.before} → ${machine.load.after} on ${machine.cpus} CPUs): figures are noisy; compare ratios`,
      );
    }
    console.log(
      'floor = the same gesture on a bare-Konva page drawing the same scene, in this run; ratio = value / floor',
    );
    console.log(
      'open = the app from choosing the file to the timeline drawn (import, save, render); its floor = building and drawing the scene\n',
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
