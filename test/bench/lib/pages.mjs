// The two pages the bench measures: the floor (bare Konva in an empty page, no server) and
// the built app with a generated review imported through the UI, as a user would.
import { installRecorder, nextFrames } from './input.mjs';

const FLOOR_HTML =
  '<!doctype html><html><head><meta charset="utf-8"><title>bare Konva floor</title></head>' +
  '<body style="margin:0;overflow:hidden"><div id="stage"></div></body></html>';

/** The app's read-only probe for automation (the contract the bench relies on). */
export const APP_PROBE = 'gaplineTimeline';
export const FLOOR_PROBE = 'bareKonva';
const PROBE_FUNCTIONS = ['noteRect', 'dotRect', 'stageRect', 'nodeCount'];

export async function openFloorPage(context, bundle, scene) {
  const page = await context.newPage();
  await page.bringToFront();
  const started = Date.now();
  await page.setContent(FLOOR_HTML);
  await page.addScriptTag({ content: bundle });
  await page.evaluate((s) => {
    window.bareKonvaBuild(s);
  }, scene);
  await nextFrames(page, 1);
  const openMs = Date.now() - started;
  await installRecorder(page);
  return { page, probe: FLOOR_PROBE, missing: null, openMs };
}

/**
 * Imports `file` through **Import timeline** and waits for the review's canvas and probe.
 * `missing` says why the app cannot be measured (no canvas, no probe), or is null.
 */
export async function openAppPage(context, baseUrl, file, size, log) {
  const page = await context.newPage();
  try {
    return await importAndWait(page, baseUrl, file, size, log);
  } catch (e) {
    await page.close().catch(() => undefined);
    throw e;
  }
}

async function importAndWait(page, baseUrl, file, size, log) {
  const timeout = 45_000 + 5 * size.communications;
  /** How long the canvas and the probe may take to appear once the review is open. */
  const settle = 10_000 + 2 * size.communications;
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(baseUrl);
  await page.bringToFront();
  const started = Date.now();
  await page.getByLabel('Import timeline').setInputFiles(file);
  // Each step ends as expected or with an alert saying why not, whichever comes first, in
  // ONE wait (`locator.or`): a losing wait left pending would keep polling the page until
  // its timeout, and each poll walks the review's whole DOM (measured: ~130 ms tasks every
  // ~140 ms during the gestures at 2,000 communications, ruining the app's frame figures).
  const alert = page.getByRole('alert');
  const stepOrAlert = async (wanted, what) => {
    try {
      await wanted.or(alert).first().waitFor({ timeout });
    } catch {
      throw new Error(`${what} did not happen within ${timeout / 1000} s`);
    }
    if ((await wanted.count()) > 0) return;
    const text = (await alert.first().textContent()) ?? '';
    throw new Error(`the import failed: ${text}`.trim().slice(0, 200));
  };
  const importButton = page.getByRole('button', { name: 'Import', exact: true });
  await stepOrAlert(importButton, 'the import preview');
  await importButton.click({ timeout });
  await stepOrAlert(page.getByRole('region', { name: 'Summary' }), 'showing the review');
  log(
    `    app: review open ${((Date.now() - started) / 1000).toFixed(1)} s after choosing the file`,
  );
  const hasCanvas = await page
    .locator('.konvajs-content canvas')
    .first()
    .waitFor({ state: 'attached', timeout: settle })
    .then(
      () => true,
      () => false,
    );
  if (!hasCanvas) log('    app: no `.konvajs-content canvas` on the review page');
  if (errors.length > 0) log(`    app: page errors: ${errors.slice(0, 3).join(' | ')}`);
  if (!hasCanvas) return { page, probe: APP_PROBE, missing: 'no canvas' };
  const hasProbe = await page
    .waitForFunction(
      ([name, fns]) => {
        const p = window[name];
        return typeof p === 'object' && p !== null && fns.every((f) => typeof p[f] === 'function');
      },
      [APP_PROBE, PROBE_FUNCTIONS],
      { timeout: settle },
    )
    .then(
      () => true,
      () => false,
    );
  if (!hasProbe) {
    // Polling needs the page's main thread: tell "no probe" from "still busy".
    const answered = await Promise.race([
      page.evaluate(() => true).catch(() => false),
      new Promise((resolve) => setTimeout(() => resolve(false), 3_000)),
    ]);
    return { page, probe: APP_PROBE, missing: answered ? 'no probe' : 'page busy after opening' };
  }
  // Drawn: the stage adds its layers and fills them over a few frames, and the drawing's
  // box is `aria-busy` until it has.
  await page.waitForFunction(
    () => {
      const box = document.querySelector('.timeline-canvas');
      return box !== null && !box.hasAttribute('aria-busy');
    },
    null,
    { timeout },
  );
  await nextFrames(page, 1);
  const openMs = Date.now() - started;
  // A big review opens while its import is still written: the gestures are measured on
  // the review at rest, once the save is over.
  await page
    .getByRole('region', { name: 'Saving the import' })
    .waitFor({ state: 'detached', timeout });
  // …and once its long tables have rendered their rows (they do after the page).
  await page.waitForFunction(() => document.querySelector('table[aria-busy]') === null, null, {
    timeout,
  });
  await nextFrames(page, 2);
  await installRecorder(page);
  return { page, probe: APP_PROBE, missing: null, openMs };
}
