// The import of a big CSV in the browser (issue 9, reliability G1), against the built app:
//   preview   file chosen → import preview shown (read, parse in the import worker, validate)
//             floor: the bare minimum in the same page — read the same file's text, split
//             the lines and parse every timestamp
//   table     Import pressed → the review's gap table on screen (a big import opens its
//             review from memory while it is written); floor: none
//   saved     Import pressed → every message saved (the progress gone, "Saved")
//             floor: bare IndexedDB writing the same number of message-shaped objects as
//             the app stores them (schema version 4: 128 records per review, each an array
//             of messages, in transactions of at least 1,000 messages), in the same browser
//   longest   the longest main-thread task (PerformanceObserver `longtask`) from choosing
//             the file to the end of the save (target: none over 50 ms); floor: bare Konva
//             (the app's own copy, in the same page) making a stage of the drawing's size
//             with the drawing's five empty layers, which is one task however it is done
//   opening   the longest main-thread task of the home page's own start, from its load event
//             until the file is chosen (its first render, the stored reviews read): not part
//             of the import, shown apart so that it is not hidden either; floor: none
//   heap      JS heap after the import, after a forced garbage collection
//   named     the review's URL loaded again → the page names the review (its heading: the
//             incident's title, shown while the messages are read); floor: none
//   reopen    the review's URL loaded again → its gap table on screen (a saved review read
//             back); floor: bare IndexedDB reading those records back by index
// Each row: {figure, size, value, unit, floor, ratio, target, note}.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeCsvTimeline } from './node/makeCsvTimeline.mjs';
import { ratio } from './stats.mjs';

export const IMPORT_FULL_SIZES = [1_000, 10_000, 100_000];
export const IMPORT_QUICK_SIZES = [1_000];

const label = (n) => `${n.toLocaleString('en-US')}-row CSV`;

/**
 * Bare IndexedDB: `n` message-shaped objects in 128 records (arrays of messages, as the
 * app stores a review's communications), written in transactions of at least 1,000
 * messages, then read back by index.
 */
async function idbFloor(page, n) {
  return page.evaluate(async (count) => {
    const name = `bench-floor-${count}-${Date.now()}`;
    const db = await new Promise((resolve, reject) => {
      const open = indexedDB.open(name, 1);
      open.onupgradeneeded = () => {
        const store = open.result.createObjectStore('c', { keyPath: 'id' });
        store.createIndex('reviewId', 'reviewId');
      };
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const text =
      'We are still investigating failed card payments at checkout, affecting about 12% of orders in the EU and US regions. Next update in 30 minutes.';
    const record = (i) => ({
      id: `${i}-${Math.random()}`,
      reviewId: 'r',
      instant: 1.7e12 + i * 20_000,
      offsetMinutes: 0,
      channelId: 'ch',
      author: 'Acme Status',
      kind: 'update',
      text,
      sourceId: `line:${i}`,
      order: i,
      sourceTimes: null,
      sourceStatus: null,
      affectedComponents: [],
      updatedAt: 1.7e12,
    });
    const done = (tx) =>
      new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
        tx.onabort = () => reject(tx.error);
      });
    const t0 = performance.now();
    const buckets = Array.from({ length: 128 }, () => []);
    for (let i = 0; i < count; i++) buckets[i % 128].push(record(i));
    const chunks = buckets
      .map((items, b) => ({ id: `r#${b}`, reviewId: 'r', items }))
      .filter((chunk) => chunk.items.length > 0);
    let batch = [];
    let size = 0;
    for (const [i, chunk] of chunks.entries()) {
      batch.push(chunk);
      size += chunk.items.length;
      if (size < 1_000 && i < chunks.length - 1) continue;
      const tx = db.transaction('c', 'readwrite');
      const store = tx.objectStore('c');
      for (const c of batch) store.add(c);
      await done(tx);
      batch = [];
      size = 0;
    }
    const write = performance.now() - t0;
    const t1 = performance.now();
    const read = await new Promise((resolve, reject) => {
      const tx = db.transaction('c', 'readonly');
      const q = tx.objectStore('c').index('reviewId').getAll('r');
      q.onsuccess = () => resolve(q.result.reduce((sum, chunk) => sum + chunk.items.length, 0));
      q.onerror = () => reject(q.error);
    });
    const readMs = performance.now() - t1;
    db.close();
    indexedDB.deleteDatabase(name);
    return { write, read: readMs, count: read };
  }, n);
}

/**
 * Bare Konva making an empty stage the size of the app's drawing, with as many layers:
 * adding a layer to a stage sizes its two canvases, so this is the least one task of the
 * drawing's first render costs. Median of three, in ms.
 */
async function konvaFloor(page) {
  await page.waitForFunction(() => (window.Konva?.stages?.length ?? 0) > 0, null, {
    timeout: 60_000,
  });
  return page.evaluate(() => {
    const K = window.Konva;
    const app = K?.stages?.[0];
    if (K === undefined || app === undefined) throw new Error('no Konva stage on the page');
    const [width, height, layers] = [app.width(), app.height(), app.getLayers().length];
    const times = [];
    for (let run = 0; run < 3; run++) {
      const container = document.createElement('div');
      document.body.append(container);
      const t0 = performance.now();
      const stage = new K.Stage({ container, width, height });
      for (let i = 0; i < layers; i++) stage.add(new K.Layer({ listening: i >= 3 }));
      times.push(performance.now() - t0);
      stage.destroy();
      container.remove();
    }
    return times.sort((a, b) => a - b)[1];
  });
}

/** Bare parse in the page: the file's text, its lines, every timestamp through Date.parse. */
async function parseFloor(page, csv) {
  return page.evaluate((text) => {
    const t0 = performance.now();
    const blob = new Blob([text]);
    return blob.text().then((read) => {
      let parsed = 0;
      for (const line of read.split('\n')) {
        const stamp = line.slice(0, line.indexOf(','));
        if (!Number.isNaN(Date.parse(stamp))) parsed++;
      }
      return { ms: performance.now() - t0, parsed };
    });
  }, csv);
}

async function heapMb(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize / 1e6;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/**
 * Waits until the gap table's rows are in the page (its long tables render their rows
 * after the rest of the page, `aria-busy` meanwhile), or an alert says why not. Checked
 * with plain DOM queries each frame: a role query (`getByRole`) walks the accessibility of
 * the whole page at each poll, and its visibility checks force the browser to lay out the
 * tables it skips while they are off screen, costing the page more than it measures.
 */
async function gapRowsShown(page, timeout, what) {
  const handle = await page.waitForFunction(
    () => {
      const failed = [...document.querySelectorAll('[role="alert"]')].find((e) =>
        e.checkVisibility(),
      );
      if (failed !== undefined) return `alert: ${failed.textContent ?? ''}`;
      const table = document.querySelector('table.gap-table');
      if (table === null || table.hasAttribute('aria-busy')) return false;
      return table.querySelector('tbody tr.gap-row') === null ? false : 'shown';
    },
    null,
    { polling: 'raf', timeout },
  );
  const outcome = await handle.jsonValue();
  if (outcome !== 'shown') throw new Error(`${what}: ${String(outcome).slice(0, 160)}`);
}

/**
 * Waits until `check` (run in the page each frame: plain DOM queries only) returns 'done',
 * or a reason it will not (a visible alert's text, once what it waits for is not there).
 */
async function inPage(page, timeout, what, check) {
  const handle = await page.waitForFunction(check, null, { polling: 'raf', timeout });
  const outcome = await handle.jsonValue();
  if (outcome !== 'done') throw new Error(`${what}: ${String(outcome).slice(0, 160)}`);
}

/** Waits until the page's main heading names the review (checked each frame). */
async function reviewNamed(page, timeout) {
  await page.waitForFunction(
    () => (document.querySelector('main h1')?.textContent ?? '').trim() !== '',
    null,
    { polling: 'raf', timeout },
  );
}

/** One size: a fresh page, the app's import timed step by step, then the floors. */
async function measureSize(ctx, n) {
  const { csv } = makeCsvTimeline(n);
  const file = join(ctx.root, `import-${n}.csv`);
  writeFileSync(file, csv);
  const timeout = 60_000 + 3 * n;
  const page = await ctx.context.newPage();
  const out = {};
  try {
    await page.goto(ctx.baseUrl);
    await page.evaluate(() => {
      window.__benchLongTasks = [];
      window.__benchFrames = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__benchLongTasks.push([e.startTime, e.duration]);
      }).observe({ type: 'longtask' });
      // Long animation frames name the scripts that ran in them: what the log says of a
      // task over 50 ms (not a figure).
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          window.__benchFrames.push({
            start: e.startTime,
            end: e.startTime + e.duration,
            style: e.styleAndLayoutStart > 0 ? e.startTime + e.duration - e.styleAndLayoutStart : 0,
            scripts: e.scripts.map((x) => ({
              what: `${x.invokerType} ${x.invoker}`.trim(),
              where: `${x.sourceFunctionName || '(anonymous)'} ${(x.sourceURL || '').split('/').pop()}`,
              ms: x.duration,
            })),
          });
        }
      }).observe({ type: 'long-animation-frame' });
    });
    // Everything the harness asks of the page from the file's choice on is a plain DOM query
    // (`inPage`): the page's long tasks are counted from then on, and a role query
    // (`getByRole`, `getByLabel`) walks the accessibility of the whole page in a task of the
    // page's main thread: traced, one wait for the preview's **Import** was a task of 32 ms
    // on the home page, counted as the import's own.
    const input = await page.getByLabel('Import timeline').elementHandle({ timeout });
    // The import starts here: long tasks from now on are the import's.
    const chosenAt = await page.evaluate(() => performance.now());
    const t0 = Date.now();
    await input.setInputFiles(file);
    await inPage(page, timeout, 'the preview', () => {
      const buttons = [...document.querySelectorAll('[role="dialog"] button')];
      if (buttons.some((b) => (b.textContent ?? '').trim() === 'Import' && !b.disabled)) {
        return 'done';
      }
      const failed = [...document.querySelectorAll('[role="alert"]')].find((e) =>
        e.checkVisibility(),
      );
      return failed === undefined ? false : `alert: ${failed.textContent ?? ''}`;
    });
    out.preview = (Date.now() - t0) / 1000;
    const t1 = Date.now();
    await page
      .locator('[role="dialog"] .modal-actions button.button-primary', { hasText: /^Import$/ })
      .click({ timeout });
    await gapRowsShown(page, timeout, 'the review');
    out.table = (Date.now() - t1) / 1000;
    // A big import is still being written: done when its progress is gone and the header
    // says "Saved".
    await inPage(page, timeout, 'saving', () => {
      const saving = document.querySelector('section.import-save') !== null;
      const saved = (document.querySelector('.save-status')?.textContent ?? '').trim() === 'Saved';
      if (!saving && saved) return 'done';
      const failed = [...document.querySelectorAll('[role="alert"]')].find((e) =>
        e.checkVisibility(),
      );
      return failed === undefined ? false : `alert: ${failed.textContent ?? ''}`;
    });
    out.saved = (Date.now() - t1) / 1000;
    const all = await page.evaluate(() => window.__benchLongTasks);
    const tasks = all.filter(([start]) => start >= chosenAt).map(([, duration]) => duration);
    const opening = all.filter(([start]) => start < chosenAt).map(([, duration]) => duration);
    out.longest = tasks.length === 0 ? 0 : Math.max(...tasks);
    out.overLimit = await page.evaluate(
      ([from, frames]) =>
        window.__benchLongTasks
          .filter(([start, duration]) => start >= from && duration > 50)
          .map(([start, duration]) => {
            const frame = frames.find((f) => f.start <= start + 1 && f.end >= start + duration - 1);
            const scripts = (frame?.scripts ?? [])
              .filter((x) => x.ms >= 5)
              .map((x) => `${x.what} → ${x.where} ${Math.round(x.ms)} ms`);
            const style =
              frame !== undefined && frame.style >= 5
                ? [`style and layout ${Math.round(frame.style)} ms`]
                : [];
            return `${Math.round(duration)} ms at +${Math.round(start - from)} ms: ${[...scripts, ...style].join('; ') || 'no script named'}`;
          }),
      [chosenAt, await page.evaluate(() => window.__benchFrames)],
    );
    out.longTasks = tasks.length;
    out.opening = opening.length === 0 ? 0 : Math.max(...opening);
    out.heap = await heapMb(page);
    const t2 = Date.now();
    await page.reload();
    await reviewNamed(page, timeout);
    out.named = (Date.now() - t2) / 1000;
    await gapRowsShown(page, timeout, 'the review opened again');
    out.reopen = (Date.now() - t2) / 1000;
  } catch (e) {
    out.error = (e instanceof Error ? e.message : String(e)).split('\n')[0];
  }
  let floor;
  try {
    const parse = await parseFloor(page, csv);
    const idb = await idbFloor(page, n);
    const konva = await konvaFloor(page);
    floor = {
      preview: parse.ms / 1000,
      saved: idb.write / 1000,
      reopen: idb.read / 1000,
      longest: konva,
    };
  } catch (e) {
    floor = { error: (e instanceof Error ? e.message : String(e)).split('\n')[0] };
  } finally {
    await page.close().catch(() => undefined);
  }
  return { out, floor };
}

const row = (figure, n, value, floor, unit, target, out, fl) => {
  const notes = [];
  if (value === null && out.error) notes.push(`app: error: ${out.error}`);
  if (floor === null && fl.error) notes.push(`floor: error: ${fl.error}`);
  return {
    figure,
    size: label(n),
    value,
    floor,
    unit,
    ratio: ratio(value, floor),
    target,
    ...(notes.length > 0 ? { note: notes.join('; ') } : {}),
  };
};

/**
 * The import figures at each size, in one browser context (a persistent profile, as a
 * user's). A size that fails is reported with n/a and a note; the rest still runs.
 */
export async function measureImportFigures({ context, baseUrl, root, sizes, log }) {
  const rows = [];
  for (const n of sizes) {
    log(`  import ${label(n)}`);
    const { out, floor } = await measureSize({ context, baseUrl, root }, n);
    for (const task of out.overLimit ?? []) log(`    longest-task check: a task of ${task}`);
    const v = (k) => (typeof out[k] === 'number' ? out[k] : null);
    const f = (k) => (typeof floor[k] === 'number' ? floor[k] : null);
    rows.push(
      row('import: file → preview', n, v('preview'), f('preview'), 's', '—', out, floor),
      row(
        'import: Import → gap table',
        n,
        v('table'),
        null,
        's',
        n >= 100_000 ? '≤ 1.5 s' : '—',
        out,
        {},
      ),
      row(
        'import: Import → all saved',
        n,
        v('saved'),
        f('saved'),
        's',
        n >= 100_000 ? '≤ 8 s' : '—',
        out,
        floor,
      ),
      {
        ...row(
          'import: longest main-thread task',
          n,
          v('longest'),
          f('longest'),
          'ms',
          '≤ 50 ms',
          out,
          floor,
        ),
        ...(typeof out.longTasks === 'number' ? { note: `${out.longTasks} tasks over 50 ms` } : {}),
      },
      row('home page: longest task opening', n, v('opening'), null, 'ms', '—', out, {}),
      row('heap after import (browser)', n, v('heap'), null, 'MB', '≤ 300 MB', out, {}),
      row(
        'open saved review: named',
        n,
        v('named'),
        null,
        's',
        n >= 100_000 ? '≤ 1 s (first paint)' : '—',
        out,
        {},
      ),
      row('open saved review: gap table', n, v('reopen'), f('reopen'), 's', '—', out, floor),
    );
  }
  return rows;
}
