// `npm run bench:crash`: the crash test's harness (test/e2e/support/crashCycles.ts) for as
// many cycles as asked — Chromium SIGKILLed at a random moment while communications are
// typed into the review page, relaunched on the same profile, every edit shown as saved
// checked — and prints lost/total. The browser test runs 30 cycles; this is the long run.
//
//   npm run bench:crash                      100 cycles
//   npm run bench:crash -- --cycles 1000     the nightly run (goal G8)
//   npm run bench:crash -- --seed 42         repeat a run's kill moments
//   npm run -s bench:crash -- --json         the result as JSON on stdout
// Exits 1 when an edit shown as saved was lost or an invariant broke (unlike `npm run
// bench`, this is a correctness check), 2 on a usage error.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build as esbuild } from 'esbuild';
import { chromium } from 'playwright-core';
import { buildApp, chromiumSettings, startPreview } from './lib/serve.mjs';

const USAGE = 'usage: npm run bench:crash -- [--cycles N] [--seed N] [--json]';

function parseArgs(argv) {
  const opts = { cycles: 100, seed: Date.now(), json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--cycles') opts.cycles = Number(argv[++i]);
    else if (a === '--seed') opts.seed = Number(argv[++i]);
    else if (a === '--json') opts.json = true;
    else if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else {
      console.error(`unknown option ${a}\n${USAGE}`);
      process.exit(2);
    }
  }
  if (!Number.isInteger(opts.cycles) || opts.cycles < 1) {
    console.error(`--cycles takes a whole number ≥ 1\n${USAGE}`);
    process.exit(2);
  }
  if (!Number.isFinite(opts.seed)) {
    console.error(`--seed takes a number\n${USAGE}`);
    process.exit(2);
  }
  return opts;
}

/** The TypeScript harness as an ES module (it imports only Node built-ins at run time). */
async function loadHarness() {
  const result = await esbuild({
    entryPoints: ['test/e2e/support/crashCycles.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    logLevel: 'warning',
  });
  const code = Buffer.from(result.outputFiles[0].text).toString('base64');
  return import(`data:text/javascript;base64,${code}`);
}

const log = (line) => process.stderr.write(`${line}\n`);

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const root = mkdtempSync(join(tmpdir(), 'gapline-crash-bench-'));
  const outDir = join(root, 'dist');
  mkdirSync(outDir);
  let server = null;
  try {
    log('bench:crash: building the app…');
    const [, browser, harness] = await Promise.all([
      buildApp(outDir),
      chromiumSettings(),
      loadHarness(),
    ]);
    server = await startPreview(outDir);
    log(`bench:crash: ${opts.cycles} cycles, seed ${opts.seed}`);
    const result = await harness.runCrashCycles({
      chromium,
      executablePath: browser.executablePath,
      args: browser.args,
      baseUrl: server.url,
      cycles: opts.cycles,
      seed: opts.seed,
      log: (line) => log(`  ${line}`),
    });
    const failed =
      result.lost.length > 0 || result.problems.length > 0 || result.uiMissing.length > 0;
    if (opts.json) console.log(JSON.stringify({ seed: opts.seed, ...result }, null, 2));
    else {
      console.log(`\nGapline crash test — Chromium ${browser.version ?? ''}, seed ${opts.seed}`);
      console.log(
        `cycles:                 ${result.cycles} (SIGKILL, relaunch on the same profile)`,
      );
      console.log(`edits shown as saved:   ${result.acknowledged}`);
      console.log(`lost/total:             ${result.lost.length}/${result.acknowledged}`);
      console.log(
        `unconfirmed at a kill:  ${result.inFlightKept} stored, ${result.inFlightDropped} not (either is fine)`,
      );
      console.log(`reviews created:        ${result.reviews}`);
      console.log(`broken invariants:      ${result.problems.length}`);
      console.log(`time per cycle:         ${(result.msPerCycle / 1000).toFixed(2)} s`);
      for (const token of result.lost) console.log(`  lost: ${token}`);
      for (const problem of result.problems) console.log(`  problem: ${problem}`);
      for (const token of result.uiMissing) console.log(`  not shown: ${token}`);
    }
    process.exitCode = failed ? 1 : 0;
  } finally {
    server?.stop();
    rmSync(root, { recursive: true, force: true });
  }
}

try {
  await main();
} catch (e) {
  log(
    `bench:crash: the harness failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`,
  );
  process.exitCode = 1;
}
