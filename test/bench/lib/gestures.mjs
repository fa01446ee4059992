// The gestures the bench times, done the same way on the app and on the floor page: real
// Playwright mouse input, frame intervals from a requestAnimationFrame recorder in the page,
// positions from a probe on `window[probeName]` (the app's `gaplineTimeline`, the floor's
// `bareKonva`): noteIds?(), noteRect(id), dotRect(id), stageRect(), nodeCount(),
// listeningNodeCount?(). Each gesture is 180 mouse steps or 60 wheel notches, cut short
// after GESTURE_BUDGET_MS, and checks afterwards that it did what it claims (the note
// moved, the view panned, the scale changed): a gesture that did nothing is reported, not timed.
import { GESTURE_BUDGET_MS, nextFrames, record, rectOf, stageGeometry, sweep } from './input.mjs';

const STEPS = 180;
const STEP_PX = 8;
/** 40 steps right, 20 left, again and again: the net move is always rightwards (480 px at the end). */
const stepDx = (i) => (i % 60 < 40 ? STEP_PX : -STEP_PX);
const WHEELS = 60;
/** Untimed warm-up before each timed gesture (first-use costs are not frame costs): there and back. */
const WARM_STEPS = 6;
const warmDx = (i) => (i < WARM_STEPS / 2 ? STEP_PX : -STEP_PX);
const NO_STAGE = { skipped: 'stageRect() is null' };

/** `cut` when the budget ended the gesture early: "93/180 steps". */
const outcome = (intervals, done, total) =>
  done < total ? { intervals, cut: `${done}/${total}` } : { intervals };

/** A note fully on screen, a quarter of the way across (room to travel 640 px right). */
async function pickNote(page, probe, fallbackIds, geo) {
  return page.evaluate(
    ([name, fallback, g]) => {
      const p = window[name];
      const ids = typeof p.noteIds === 'function' ? p.noteIds() : fallback;
      const s = g.stage;
      const aim = s.x + s.width * 0.25;
      let best = null;
      for (const id of ids) {
        const raw = p.noteRect(id);
        if (!raw) continue;
        const r = { x: raw.x + g.dx, y: raw.y + g.dy, width: raw.width, height: raw.height };
        const inside =
          r.x >= Math.max(0, s.x) &&
          r.y >= Math.max(0, s.y) &&
          r.x + r.width <= Math.min(innerWidth, s.x + s.width) &&
          r.y + r.height <= Math.min(innerHeight, s.y + s.height);
        if (!inside) continue;
        const score = Math.abs(r.x + r.width / 2 - aim);
        if (best === null || score < best.score) best = { id, r, score };
      }
      return best;
    },
    [probe, fallbackIds, geo],
  );
}

/** Every note's x (probe px), to find the one a drag moved (notes overlap: the top one is grabbed). */
const noteXs = (page, probe, fallbackIds) =>
  page.evaluate(
    ([name, fallback]) => {
      const p = window[name];
      const ids = typeof p.noteIds === 'function' ? p.noteIds() : fallback;
      return Object.fromEntries(ids.map((id) => [id, p.noteRect(id)?.x ?? null]));
    },
    [probe, fallbackIds],
  );

const near = (moved, net) => Math.abs(moved - net) <= Math.max(40, net / 2);

/** Drags one note up to 180 steps of 8 px; frame intervals, or a reason it could not. */
export async function dragNote(page, probe, noteIds) {
  const geo = await stageGeometry(page, probe);
  if (geo === null) return NO_STAGE;
  const picked = await pickNote(page, probe, noteIds, geo);
  if (picked === null) return { skipped: 'no note fully on screen' };
  const x = picked.r.x + picked.r.width / 2;
  const y = picked.r.y + Math.min(20, picked.r.height / 2);
  await sweep(page, x, y, WARM_STEPS, warmDx);
  const before = await noteXs(page, probe, noteIds);
  const deadline = Date.now() + GESTURE_BUDGET_MS;
  const { result, intervals } = await record(page, () =>
    sweep(page, x, y, STEPS, stepDx, deadline),
  );
  await page.waitForTimeout(250);
  const after = await noteXs(page, probe, noteIds);
  const moved = Object.keys(after).filter((id) => {
    const [a, b] = [after[id], before[id]];
    return typeof a === 'number' && typeof b === 'number' && near(a - b, result.net);
  });
  if (moved.length !== 1) return { skipped: `${moved.length} notes moved ${result.net} px, not 1` };
  return outcome(intervals, result.done, STEPS);
}

/** Two dots far apart, to see pans (they move) and zooms (their distance changes). */
async function twoDots(page, probe, ids, geo) {
  const a = ids[Math.floor(ids.length * 0.4)];
  const b = ids[Math.floor(ids.length * 0.6)];
  const ra = await rectOf(page, probe, 'dotRect', a, geo);
  return [ra, await rectOf(page, probe, 'dotRect', b, geo), a, b];
}

/** Drags the stage background up to 180 steps of 8 px (a pan). */
export async function panStage(page, probe, communicationIds) {
  const geo = await stageGeometry(page, probe);
  if (geo === null) return NO_STAGE;
  const x = geo.stage.x + geo.stage.width * 0.2;
  const y = geo.stage.y + geo.stage.height - 4;
  await sweep(page, x, y, WARM_STEPS, warmDx);
  const [before, , id] = await twoDots(page, probe, communicationIds, geo);
  const deadline = Date.now() + GESTURE_BUDGET_MS;
  const { result, intervals } = await record(page, () =>
    sweep(page, x, y, STEPS, stepDx, deadline),
  );
  await page.waitForTimeout(250);
  const after = await rectOf(page, probe, 'dotRect', id, geo);
  if (before === null || after === null) {
    return { ...outcome(intervals, result.done, STEPS), caveat: 'pan not verified (no dotRect)' };
  }
  const moved = after.x - before.x;
  if (!near(moved, result.net)) {
    return { skipped: `the view moved ${Math.round(moved)} px, not ${result.net}` };
  }
  return outcome(intervals, result.done, STEPS);
}

/** Time for a wheel zoom to come to rest and be drawn (the app commits after 160 ms). */
const ZOOM_SETTLE_MS = 1_000;

/** Up to 60 wheel notches over the canvas, back to back: 10 in, 10 out, … */
export async function zoomStage(page, probe, communicationIds) {
  const geo = await stageGeometry(page, probe);
  if (geo === null) return NO_STAGE;
  const x = geo.stage.x + geo.stage.width / 2;
  const y = geo.stage.y + geo.stage.height / 2;
  await page.mouse.move(x, y);
  for (const dy of [-100, 100]) await page.mouse.wheel(0, dy);
  await nextFrames(page);
  const deadline = Date.now() + GESTURE_BUDGET_MS;
  const { result: done, intervals } = await record(page, async () => {
    let i = 0;
    for (; i < WHEELS && Date.now() < deadline; i++) {
      await page.mouse.wheel(0, Math.floor(i / 10) % 2 === 0 ? -100 : 100);
    }
    return i;
  });
  // One more notch, untimed: did the scale change at all? The app zooms a picture while
  // the wheel turns and redraws once it rests, so both readings wait for rest.
  await page.waitForTimeout(ZOOM_SETTLE_MS);
  const [a0, b0, a, b] = await twoDots(page, probe, communicationIds, geo);
  await page.mouse.wheel(0, -100);
  await page.waitForTimeout(ZOOM_SETTLE_MS);
  const a1 = await rectOf(page, probe, 'dotRect', a, geo);
  const b1 = await rectOf(page, probe, 'dotRect', b, geo);
  if (!a0 || !b0 || !a1 || !b1) {
    return { ...outcome(intervals, done, WHEELS), caveat: 'zoom not verified (no dotRect)' };
  }
  const ratio = (b1.x - a1.x) / (b0.x - a0.x || 1);
  if (!(Math.abs(ratio - 1) > 0.01)) return { skipped: 'the wheel did not change the scale' };
  return outcome(intervals, done, WHEELS);
}

/** {all, listening}: Konva nodes on the stage; `listening` is null when the probe lacks it. */
export async function nodeCounts(page, probe) {
  return page.evaluate((name) => {
    const p = window[name];
    const listening = typeof p.listeningNodeCount === 'function' ? p.listeningNodeCount() : null;
    return { all: p.nodeCount(), listening };
  }, probe);
}

const SAVE_EDITS = 20;

/**
 * Twenty short note moves (press, 24 px, release): each is one saved edit. Returns the
 * app's own timing of each save (`window.gaplineSaves`, transaction complete) — or
 * {skipped} where there is no such probe or no note on screen.
 */
export async function editSaves(page, probe, noteIds) {
  const geo = await stageGeometry(page, probe);
  if (geo === null) return NO_STAGE;
  const picked = await pickNote(page, probe, noteIds, geo);
  if (picked === null) return { skipped: 'no note fully on screen' };
  const before = await page.evaluate(() => window.gaplineSaves?.durations().length ?? null);
  if (before === null) return { skipped: 'no save probe' };
  const x = picked.r.x + picked.r.width / 2;
  const y = picked.r.y + Math.min(20, picked.r.height / 2);
  for (let i = 0; i < SAVE_EDITS; i++) {
    const dx = i % 2 === 0 ? 24 : -24;
    const from = x + (i % 2 === 0 ? 0 : 24);
    await page.mouse.move(from, y);
    await page.mouse.down();
    await page.mouse.move(from + dx / 2, y, { steps: 2 });
    await page.mouse.move(from + dx, y, { steps: 2 });
    await page.mouse.up();
    await page.waitForTimeout(150);
  }
  await page.waitForTimeout(500);
  const all = await page.evaluate(() => window.gaplineSaves?.durations() ?? []);
  const durations = all.slice(before);
  if (durations.length === 0) return { skipped: 'no edit was saved' };
  return { durations };
}

/** The floor of a saved edit: one bare IndexedDB put of a note-sized record, 20 times. */
export async function bareSaves(page) {
  return page.evaluate(async (n) => {
    const name = `bench-saves-${Date.now()}`;
    const db = await new Promise((resolve, reject) => {
      const open = indexedDB.open(name, 1);
      open.onupgradeneeded = () => {
        open.result
          .createObjectStore('notes', { keyPath: 'id' })
          .createIndex('reviewId', 'reviewId');
      };
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const durations = [];
    for (let i = 0; i < n; i++) {
      const started = performance.now();
      await new Promise((resolve, reject) => {
        const tx = db.transaction('notes', 'readwrite');
        tx.objectStore('notes').put({
          id: 'note-1',
          reviewId: 'r',
          text: 'Forty minutes without a word on the status page.',
          category: 'gap',
          at: 1.7e12,
          offsetY: -48 + (i % 2),
          updatedAt: 1.7e12 + i,
        });
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      durations.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    db.close();
    indexedDB.deleteDatabase(name);
    return durations;
  }, SAVE_EDITS);
}
