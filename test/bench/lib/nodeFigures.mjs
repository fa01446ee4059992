// Node-side figures of issue 9, "Fast at real sizes": the domain, the CLI, the PDF and the
// heap at 1,000, 10,000 and 100,000 communications, each beside its floor (the least work
// that job needs, measured in the same run on the same machine), as rows of the same shape
// as the browser bench's (lib/figures.mjs), so run-bench can append them to its table:
//
//   gap analysis (domain, Node)  analyzeGaps in-process   floor: sort the N instants
//   gap analysis per channel     analyzeChannels, after it floor: the same sort
//   gap records alone (bare)     one gap-shaped object per gap, no rules; floor: the same sort
//   CLI analyze: N-row CSV       the built CLI, wall time floor: bare Node parses every timestamp
//   CLI analyze: whole corpus    1,276 files in one call  floor: JSON.parse + Date.parse them
//   PDF report: render / size    renderReportPdf, ~20 pp  floor: bare jspdf, as many pages
//   heap after loading (Node)    importer, --expose-gc    floor: papaparse's row objects
//
// Each figure's module under lib/node/ says exactly what is measured. A figure that fails
// is a row with `value: null` and a note (`app: error: …`), never a thrown error.
//
//   node test/bench/lib/nodeFigures.mjs [--quick]   the rows as JSON (progress on stderr)
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ratio } from './stats.mjs';
import { bundleDomain, cliImportOptions } from './node/bundleDomain.mjs';
import {
  CLI,
  checkFloor,
  checkReports,
  corpusFiles,
  ensureCli,
  timeBoth,
  writeFloorScripts,
} from './node/cliFigures.mjs';
import { timeGapAnalysis } from './node/gapFigure.mjs';
import { measureHeap } from './node/heapFigure.mjs';
import { makeCsvTimeline } from './node/makeCsvTimeline.mjs';
import { PDF_COMMUNICATIONS, readFonts, timePdf } from './node/pdfFigure.mjs';

export const NODE_FULL_SIZES = [1_000, 10_000, 100_000];
export const NODE_QUICK_SIZES = [1_000];

/** Runs per figure: quick runs each measurement once (the gap analysis three times). */
const RUNS = {
  full: { gaps: { warmups: 2, runs: 7 }, cli: 3, corpus: 3, pdf: { warmups: 1, runs: 3 } },
  quick: { gaps: { warmups: 1, runs: 3 }, cli: 1, corpus: 1, pdf: { warmups: 0, runs: 1 } },
};

const TARGETS = {
  gaps: '≤ 100 ms at 100k, ≤ 3× floor',
  cli: '≤ 3 s at 100k, ≤ 8× floor',
  corpus: '≤ 10 s, ≤ 8× floor',
  pdfTime: '≤ 1 s',
  pdfSize: '≤ 2 MB',
  heap: '≤ 300 MB at 100k',
};

/** 1 MB = 1,048,576 bytes, as the import limits count them (src/import/importLimits.ts). */
const MB = 1024 * 1024;
const count = (n) => n.toLocaleString('en-US');
const round = (n, digits) => (n === null ? null : Number(n.toFixed(digits)));
const message = (e) => (e instanceof Error ? e.message : String(e)).split('\n')[0];
/** A side for the log: its value, or why it has none. */
const said = (side, digits) =>
  typeof side === 'number' ? side.toFixed(digits) : (side?.error ?? 'not measured');
/** A side in seconds, MB, …: `{s: 1.2}` → 1.2 / `scale`; a failure stays as it is. */
const valueOf = (side, key, scale = 1) => (side[key] === undefined ? side : side[key] / scale);

/**
 * A table row from each side's value (a number) or failure ({error}); `why` fills both
 * sides when the figure could not be measured at all.
 */
function row(figure, size, unit, target, app, floor, why = null) {
  const side = (name, s) => {
    if (why !== null) return { value: null, note: `${name}: error: ${why}` };
    if (typeof s === 'number') return { value: s, note: null };
    return { value: null, note: `${name}: error: ${s?.error ?? 'not measured'}` };
  };
  const a = side('app', app);
  const f = side('floor', floor);
  const digits = unit === 'ms' || unit === 's' ? 3 : 2;
  const r = {
    figure,
    size,
    value: round(a.value, digits),
    floor: round(f.value, digits),
    unit,
    ratio: round(ratio(a.value, f.value), 3),
    target,
  };
  const note = [a.note, f.note].filter(Boolean).join('; ');
  if (note !== '') r.note = note;
  return r;
}

/** Calls `measure`; its failure becomes rows with the reason instead of an exception. */
async function guarded(log, label, measure, failedRows) {
  try {
    return await measure();
  } catch (e) {
    log(`  ${label}: error: ${message(e)}`);
    return failedRows(message(e));
  }
}

/**
 * @typedef {object} Row
 * @property {string} figure
 * @property {string} size
 * @property {number|null} value
 * @property {number|null} floor
 * @property {'ms'|'s'|'MB'|'kB'|'count'} unit
 * @property {number|null} ratio value / floor; null when either is missing
 * @property {string} target
 * @property {string} [note] why a side is missing (`app: error: …; floor: error: …`)
 */

/**
 * Measures every Node figure; `quick`: one small size, each measurement once (well under a
 * minute). `log` gets progress lines; `root` is a temp directory for the bundle, the CSVs,
 * the floor scripts and the children's output.
 * @param {{quick: boolean, log: (message: string) => void, root: string}} options
 * @returns {Promise<Row[]>}
 */
export async function measureNodeFigures({ quick, log, root }) {
  const sizes = quick ? NODE_QUICK_SIZES : NODE_FULL_SIZES;
  const runs = quick ? RUNS.quick : RUNS.full;
  const rows = [];

  log('node: bundling the domain, importer and PDF renderer (esbuild)…');
  let mod = null;
  let bundle = null;
  let bundleError = null;
  try {
    bundle = await bundleDomain(root);
    mod = await import(pathToFileURL(bundle).href);
  } catch (e) {
    bundleError = `bundle: ${message(e)}`;
    log(`  ${bundleError}`);
  }
  let cliError = null;
  try {
    ensureCli(log);
  } catch (e) {
    cliError = `CLI build: ${message(e)}`;
    log(`  ${cliError}`);
  }
  const floors = writeFloorScripts(root);

  /** One CLI figure: the built CLI and its bare-Node floor on the same files, in seconds. */
  const cliFigure = ({ figure, label, target, app, floor, runs: times, checkApp, checkFloor }) => {
    log(`node: ${figure}, ${label}…`);
    return guarded(
      log,
      figure,
      async () => {
        const t = await timeBoth({ app, floor, runs: times, root, checkApp, checkFloor });
        const appSide = cliError !== null ? { error: cliError } : valueOf(t.app, 's');
        const floorSide = valueOf(t.floor, 's');
        log(`  app ${said(appSide, 2)} s, floor ${said(floorSide, 2)} s`);
        return row(figure, label, 's', target, appSide, floorSide);
      },
      (why) => row(figure, label, 's', target, null, null, why),
    );
  };

  /** Each size's CSV: the file and its size in bytes. */
  const files = new Map();
  for (const n of sizes) {
    const { csv } = makeCsvTimeline(n);
    const file = join(root, `timeline-${n}.csv`);
    writeFileSync(file, csv);
    files.set(n, { file, bytes: Buffer.byteLength(csv) });
  }

  // 1. Gap analysis in this process: the analysis every surface runs, then (rows of their
  // own, after) the per-channel figures the CLI's report adds to it.
  const channelRows = [];
  const recordRows = [];
  for (const n of sizes) {
    const label = `${count(n)} comms`;
    const figure = 'gap analysis (domain, Node)';
    const perChannel = 'gap analysis per channel (Node)';
    const bare = 'gap records alone (bare Node)';
    log(`node: ${figure}, ${label}…`);
    const [overall, channels, records] = await guarded(
      log,
      figure,
      () => {
        if (mod === null) throw new Error(bundleError);
        const csv = readFileSync(files.get(n).file, 'utf8');
        const imported = mod.importFile(csv, 'timeline.csv', cliImportOptions(mod, 'timeline.csv'));
        if (!imported.ok) throw new Error(`import: ${imported.error.message}`);
        const m = timeGapAnalysis(mod, imported.incidents[0].data, runs.gaps);
        const app = m.appError === null ? m.app : { error: m.appError };
        const own = m.appError === null ? m.channels : { error: m.appError };
        log(
          `  app ${said(app, 1)} ms (per channel ${said(own, 1)} ms), floor ${said(m.floor, 2)} ms`,
        );
        return [
          row(figure, label, 'ms', TARGETS.gaps, app, m.floor),
          row(perChannel, label, 'ms', '—', own, m.floor),
          row(bare, label, 'ms', '—', m.records ?? { error: 'no gaps' }, m.floor),
        ];
      },
      (why) => [
        row(figure, label, 'ms', TARGETS.gaps, null, null, why),
        row(perChannel, label, 'ms', '—', null, null, why),
        row(bare, label, 'ms', '—', null, null, why),
      ],
    );
    rows.push(overall);
    channelRows.push(channels);
    recordRows.push(records);
  }
  rows.push(...channelRows, ...recordRows);

  // 2. The CLI on an N-row CSV.
  for (const n of sizes) {
    const { file, bytes } = files.get(n);
    rows.push(
      await cliFigure({
        figure: 'CLI analyze: N-row CSV',
        label: `${count(n)} rows (${(bytes / MB).toFixed(1)} MB)`,
        target: TARGETS.cli,
        app: [CLI, 'analyze', file, '--format', 'json'],
        floor: [floors.csv, file],
        runs: runs.cli,
        checkApp: checkReports(1),
        // The alert row is a row too.
        checkFloor: checkFloor('rows', n + 1),
      }),
    );
  }

  // 3. The CLI on the whole Statuspage corpus in one call.
  const list = corpusFiles();
  rows.push(
    await cliFigure({
      figure: 'CLI analyze: whole corpus in one call',
      label: `${count(list.length)} incidents`,
      target: TARGETS.corpus,
      app: [CLI, 'analyze', ...list, '--format', 'json'],
      floor: [floors.corpus, ...list],
      runs: runs.corpus,
      checkApp: checkReports(list.length),
      checkFloor: checkFloor('incidents', list.length),
    }),
  );

  // 4. The PDF report of a large review, time and size.
  {
    const figure = 'PDF report of a large review';
    log(`node: ${figure} (${PDF_COMMUNICATIONS} comms)…`);
    rows.push(
      ...(await guarded(
        log,
        figure,
        async () => {
          if (mod === null) throw new Error(bundleError);
          const { csv } = makeCsvTimeline(PDF_COMMUNICATIONS);
          const imported = mod.importFile(
            csv,
            'timeline.csv',
            cliImportOptions(mod, 'timeline.csv'),
          );
          if (!imported.ok) throw new Error(`import: ${imported.error.message}`);
          const p = await timePdf(mod, imported.incidents[0].data, readFonts(mod), runs.pdf);
          const label = `${p.pages ?? '?'} pages (${PDF_COMMUNICATIONS} comms)`;
          const [appMs, floorMs] = [valueOf(p.app, 'ms'), valueOf(p.floor, 'ms')];
          const [appMb, floorMb] = [valueOf(p.app, 'bytes', MB), valueOf(p.floor, 'bytes', MB)];
          log(`  app ${said(appMs, 0)} ms, ${said(appMb, 2)} MB; floor ${said(floorMs, 0)} ms`);
          return [
            row(`${figure}: render`, label, 'ms', TARGETS.pdfTime, appMs, floorMs),
            row(`${figure}: file size`, label, 'MB', TARGETS.pdfSize, appMb, floorMb),
          ];
        },
        (why) => [
          row(`${figure}: render`, '~20 pages', 'ms', TARGETS.pdfTime, null, null, why),
          row(`${figure}: file size`, '~20 pages', 'MB', TARGETS.pdfSize, null, null, why),
        ],
      )),
    );
  }

  // 5. Heap held after importing N communications, each side in its own child process.
  for (const n of sizes) {
    const label = `${count(n)} comms`;
    const figure = 'heap after loading N comms (Node)';
    log(`node: ${figure}, ${label}…`);
    rows.push(
      await guarded(
        log,
        figure,
        async () => {
          if (bundle === null) throw new Error(bundleError);
          const h = await measureHeap({ bundle, csvFile: files.get(n).file, count: n, root });
          const [app, floor] = [valueOf(h.app, 'bytes', MB), valueOf(h.floor, 'bytes', MB)];
          log(`  app ${said(app, 1)} MB, floor ${said(floor, 1)} MB`);
          return row(figure, label, 'MB', TARGETS.heap, app, floor);
        },
        (why) => row(figure, label, 'MB', TARGETS.heap, null, null, why),
      ),
    );
  }
  return rows;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => a !== '--quick');
  if (unknown.length > 0) {
    process.stderr.write(`usage: node test/bench/lib/nodeFigures.mjs [--quick]\n`);
    process.exit(2);
  }
  const log = (m) => process.stderr.write(`${m}\n`);
  const root = mkdtempSync(join(tmpdir(), 'gapline-node-bench-'));
  const began = Date.now();
  const load = loadavg()[0].toFixed(1);
  try {
    const rows = await measureNodeFigures({ quick: args.includes('--quick'), log, root });
    const took = ((Date.now() - began) / 1000).toFixed(0);
    log(`node: done in ${took} s (1-min load ${load} → ${loadavg()[0].toFixed(1)})`);
    console.log(JSON.stringify(rows, null, 2));
  } catch (e) {
    log(`node figures: the harness failed: ${e instanceof Error ? (e.stack ?? e.message) : e}`);
    process.exitCode = 1;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
