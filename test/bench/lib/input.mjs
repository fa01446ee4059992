// Low-level pieces of the gestures: the rAF frame recorder installed in a page, real mouse
// input through Playwright with a time budget, and the probe's geometry in viewport px.

/** A gesture stops sending input after this long, so a slow page cannot stall the run. */
export const GESTURE_BUDGET_MS = 8_000;

export async function installRecorder(page) {
  await page.evaluate(() => {
    if ('benchFrames' in window) return;
    const state = { times: [], running: false };
    const tick = (t) => {
      if (!state.running) return;
      state.times.push(t);
      requestAnimationFrame(tick);
    };
    window.benchFrames = {
      start() {
        state.times = [];
        state.running = true;
        requestAnimationFrame(tick);
      },
      stop() {
        state.running = false;
        const t = state.times;
        return t.slice(1).map((v, i) => v - t[i]);
      },
    };
  });
}

export const nextFrames = (page, n = 2) =>
  page.evaluate(
    (count) =>
      new Promise((resolve) => {
        const step = (left) =>
          left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1));
        step(count);
      }),
    n,
  );

/**
 * Press at (x, y), move up to `steps` times by `dx(i)` px (one mouse event each), release.
 * Stops early at `deadline` (ms since epoch); returns the net x displacement and steps done.
 */
export async function sweep(page, x0, y, steps, dx, deadline = Infinity) {
  let x = x0;
  let done = 0;
  await page.mouse.move(x, y);
  await page.mouse.down();
  while (done < steps && Date.now() < deadline) {
    x += dx(done);
    done++;
    await page.mouse.move(x, y, { steps: 1 });
  }
  await page.mouse.up();
  return { net: x - x0, done };
}

/** Runs `gesture` with the frame recorder on; returns its result and the frame intervals. */
export async function record(page, gesture) {
  await nextFrames(page);
  await page.evaluate(() => window.benchFrames.start());
  const result = await gesture();
  await nextFrames(page);
  const intervals = await page.evaluate(() => window.benchFrames.stop());
  return { result, intervals };
}

/**
 * The probe's stage box in viewport px and the shift that turns probe rects into viewport
 * px (rects are measured against the drawn `.konvajs-content`, so page or client px both
 * work). Scrolls the canvas into view first. Null when the probe has no stage.
 */
export async function stageGeometry(page, probe) {
  return page.evaluate((name) => {
    const content = document.querySelector('.konvajs-content');
    content?.scrollIntoView({ block: 'center', inline: 'nearest' });
    const stage = window[name].stageRect();
    if (stage === null || stage === undefined) return null;
    const box = content?.getBoundingClientRect() ?? stage;
    const dx = box.x - stage.x;
    const dy = box.y - stage.y;
    return { stage: { ...stage, x: stage.x + dx, y: stage.y + dy }, dx, dy };
  }, probe);
}

/** `probe.noteRect(id)` or `probe.dotRect(id)` in viewport px, or null. */
export async function rectOf(page, probe, kind, id, geo) {
  const r = await page.evaluate(([name, k, i]) => window[name][k](i), [probe, kind, id]);
  return r === null || r === undefined ? null : { ...r, x: r.x + geo.dx, y: r.y + geo.dy };
}
