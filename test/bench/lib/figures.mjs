// What the bench measures, at which sizes, against which targets (issue "The timeline";
// ../shared/notes/reliability.md G3/G4), and how a measured side becomes table rows.
// Each row: {figure, size, value, unit, floor, ratio, target, note}. To add a figure, add a
// gesture (lib/gestures.mjs) and a row here; Node-side figures (CLI, domain) can append
// rows of the same shape from their own runner.
import { bareSaves, dragNote, editSaves, nodeCounts, panStage, zoomStage } from './gestures.mjs';
import { frameSummary, percentile, ratio } from './stats.mjs';

/** p50 / p95 of save times (ms), or the gesture's reason for having none. */
const saveSummary = (result) =>
  Array.isArray(result)
    ? { p50: percentile(result, 50), p95: percentile(result, 95), n: result.length }
    : result.durations
      ? saveSummary(result.durations)
      : { na: result.skipped ?? 'no saves' };

/** `drag`: the size is measured for dragging a note too (pan/zoom and nodes always). */
export const QUICK_SIZES = [{ communications: 200, notes: 50, drag: true }];
export const FULL_SIZES = [
  { communications: 1_000, notes: 50, drag: true },
  { communications: 2_000, notes: 500, drag: true },
  { communications: 10_000, notes: 1_000, drag: true },
  { communications: 20_000, notes: 500, drag: false },
];

export const sizeLabel = (s) =>
  `${s.communications.toLocaleString('en-US')} comms / ${s.notes.toLocaleString('en-US')} notes`;

// Reliability goal G3: among 500 notes, p95 ≤ 17.5 ms and ≤ 1% of frames over 20 ms; among
// 1,000, p95 ≤ 20 ms (its share of slow frames is shown, without a target: the frame that
// lifts the note onto the drag layer redraws the notes layer, ~70–120 ms at 1,000 notes
// for the app and bare Konva alike, and is 1 frame in ~200).
const dragTarget = (s) => (s.notes >= 1_000 ? '≤ 20 ms and ≤ 1.1×' : '≤ 17.5 ms and ≤ 1.1×');
const slowTarget = (s) => (s.notes >= 1_000 ? '—' : '≤ 1% of frames');

/** A gesture (warm-up, input, settling, checks) that takes longer than this ends the side. */
export const GESTURE_HARD_LIMIT_MS = 40_000;

/** `promise`, or a rejection after `ms` (the late result is dropped quietly). */
function within(promise, ms) {
  let timer;
  const late = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`page busy for over ${ms / 1000} s`)), ms);
  });
  promise.catch(() => undefined);
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/**
 * Runs every gesture `reps` times on one opened page (pooling the frame intervals) and
 * returns {drag, pan, zoom, nodes}: each a measurement, or {na: reason}. A gesture that
 * throws is reported as n/a, unless `strict` (the floor page: then the harness is broken).
 * After a gesture overran GESTURE_HARD_LIMIT_MS the page is given up: the rest is n/a.
 */
export async function measureSide(opened, size, ids, reps, log, strict) {
  const na = { na: opened.missing };
  if (opened.missing !== null) return { open: na, drag: na, pan: na, zoom: na, nodes: na };
  const { page, probe } = opened;
  const out = { open: opened.openMs };
  const gestures = [
    ['nodes', () => nodeCounts(page, probe), false],
    ['drag', size.drag ? () => dragNote(page, probe, ids.noteIds) : null, true],
    ['pan', () => panStage(page, probe, ids.communicationIds), true],
    ['zoom', () => zoomStage(page, probe, ids.communicationIds), true],
    // Saved edits, on the app page only: the app times its own (window.gaplineSaves); their
    // floor is bare IndexedDB puts of a note-sized record in the same page (`saveFloor`).
    ['save', size.drag && !strict ? () => editSaves(page, probe, ids.noteIds) : null, false],
  ];
  let gaveUp = null;
  for (const [name, run, framed] of gestures) {
    if (run === null) continue;
    if (gaveUp !== null) {
      out[name] = { na: `skipped: ${gaveUp}` };
      continue;
    }
    try {
      if (name === 'save') {
        out.save = saveSummary(await run());
        out.saveFloor = saveSummary(await bareSaves(page));
        continue;
      }
      if (!framed) {
        out[name] = await run();
        continue;
      }
      const pooled = [];
      const cuts = [];
      let problem = null;
      const started = Date.now();
      for (let r = 0; r < reps && problem === null; r++) {
        const result = await within(run(), GESTURE_HARD_LIMIT_MS);
        if (result.skipped) problem = result.skipped;
        else pooled.push(...result.intervals);
        if (result.cut) cuts.push(result.cut);
        if (result.caveat) log(`    ${probe}: ${result.caveat}`);
      }
      out[name] =
        problem === null
          ? { ...frameSummary(pooled), cut: cuts.join(', ') || null }
          : { na: problem };
      log(`    ${probe}: ${name} ${((Date.now() - started) / 1000).toFixed(1)} s`);
    } catch (e) {
      const why = (e instanceof Error ? e.message : String(e)).split('\n')[0];
      if (strict && !why.startsWith('page busy')) throw e;
      out[name] = { na: `error: ${why}` };
      if (why.startsWith('page busy'))
        gaveUp = `the page was busy for over ${GESTURE_HARD_LIMIT_MS / 1000} s during ${name}`;
    }
    if (out[name]?.na) log(`    ${probe}: ${name}: ${out[name].na}`);
  }
  return out;
}

const round = (v, digits) => (v === null ? null : Number(v.toFixed(digits)));
const missing = (m) => typeof m === 'object' && m !== null && 'na' in m;
const slowShare = (m) => (m.frames === 0 ? 0 : (100 * m.slow) / m.frames);
const SPECS = [
  ['open: file → timeline drawn', 'open', (m) => m / 1000, 's', () => '—'],
  ['drag one note: p50 frame', 'drag', (m) => m.p50, 'ms', () => '—'],
  ['drag one note: p95 frame', 'drag', (m) => m.p95, 'ms', dragTarget],
  ['drag one note: frames > 20 ms', 'drag', slowShare, '%', slowTarget],
  ['pan: p95 frame', 'pan', (m) => m.p95, 'ms', () => '≤ 25 ms'],
  ['zoom: p95 frame', 'zoom', (m) => m.p95, 'ms', () => '≤ 25 ms'],
  ['one edit saved: p50', 'save', (m) => m.p50, 'ms', () => '—'],
  ['one edit saved: p95', 'save', (m) => m.p95, 'ms', () => '≤ 50 ms'],
  ['Konva nodes after load', 'nodes', (m) => m.all, 'nodes', () => '—'],
  ['Konva nodes listening', 'nodes', (m) => m.listening, 'nodes', () => '≤ 2,000'],
];

/** One side's value for a row, or why there is none. */
function read(m, pick) {
  if (m === undefined) return { value: null, why: 'not measured' };
  if (missing(m)) return { value: null, why: m.na };
  const value = pick(m);
  return value === null || value === undefined
    ? { value: null, why: 'not in the probe' }
    : { value, why: null };
}

/** Table rows for one size from the app's and the floor's measurements. */
export function rowsFor(size, app, floor) {
  const rows = [];
  for (const [figure, key, pick, unit, target] of SPECS) {
    if ((key === 'drag' || key === 'save') && !size.drag) continue;
    const a = read(app[key], pick);
    const f = read(key === 'save' ? app.saveFloor : floor[key], pick);
    const notes = [a.why && `app: ${a.why}`, f.why && `floor: ${f.why}`].filter(Boolean);
    const r = ratio(a.value, f.value);
    const row = {
      figure,
      size: sizeLabel(size),
      value: round(a.value, 2),
      unit,
      floor: round(f.value, 2),
      ratio: round(r, 3),
      target: target(size),
      note: notes.join('; ') || null,
    };
    const cut = [
      app[key]?.cut && `app ${app[key].cut}`,
      floor[key]?.cut && `floor ${floor[key].cut}`,
    ];
    if (cut.some(Boolean)) row.cut = cut.filter(Boolean).join(', ');
    if (unit === 'ms')
      row.samples = { value: app[key]?.frames ?? null, floor: floor[key]?.frames ?? null };
    if (unit === '%') {
      row.frames = {
        value: a.value === null ? null : [app[key].slow, app[key].frames],
        floor: f.value === null ? null : [floor[key].slow, floor[key].frames],
      };
    }
    rows.push(row);
  }
  return rows;
}
