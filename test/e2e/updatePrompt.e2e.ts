// A new version never reloads the page by itself (issue "Offline-first for real"): the app
// is served from build A, visited, then build B is "deployed" (A with a marked index.html,
// so its service worker differs). The worker finds B, installs it and keeps it waiting; the
// page shows **Reload to update** and is not reloaded (a marker on `window` survives).
// **Not now** puts the notice off; a reload by the user keeps A and asks again; **Reload to
// update** lets B take over, the page reloads once, and the review is still there.
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { expectAccessible, openApp, type AppSession } from './support/openApp';
import { serveFolder, type FolderServer } from './support/serveFolder';

const SHOTS = 'test-results/screenshots';
const MARKER = '<meta name="gapline-build" content="B" />';

/** A busy 2-core machine: give polls time. */
const SLOW = { timeout: 15_000 };

let session: AppSession | null = null;
let server: FolderServer | null = null;
let buildB: string | null = null;
afterEach(async () => {
  await session?.close();
  await server?.close();
  if (buildB !== null) rmSync(buildB, { recursive: true, force: true });
  session = null;
  server = null;
  buildB = null;
});

/**
 * Build B: build A with a marker in index.html and, as a real build would have, the new
 * index.html's revision in the service worker's precache list (so sw.js differs too).
 */
function makeBuildB(from: string): string {
  const to = mkdtempSync(join(tmpdir(), 'gapline-build-b-'));
  cpSync(from, to, { recursive: true });
  const html = readFileSync(join(to, 'index.html'), 'utf8');
  const marked = html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />${MARKER}`);
  expect(marked, 'index.html has its charset tag').not.toBe(html);
  writeFileSync(join(to, 'index.html'), marked);
  const revision = createHash('md5').update(marked).digest('hex');
  const sw = readFileSync(join(to, 'sw.js'), 'utf8');
  const next = sw.replace(
    /\{url:"index\.html",revision:"[0-9a-f]+"\}/,
    `{url:"index.html",revision:"${revision}"}`,
  );
  expect(next, 'sw.js precaches index.html with a revision').not.toBe(sw);
  writeFileSync(join(to, 'sw.js'), next);
  return to;
}

/** Which build the page was loaded from: 'B', or null for A. */
const build = (page: Page) =>
  page.evaluate(
    () => document.querySelector('meta[name="gapline-build"]')?.getAttribute('content') ?? null,
  );
const marker = (page: Page) =>
  page.evaluate(() => (window as Window & { gaplineMarker?: string }).gaplineMarker ?? null);
const workerStates = (page: Page) =>
  page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return {
      controller: navigator.serviceWorker.controller?.state ?? null,
      waiting: registration?.waiting?.state ?? null,
    };
  });

describe('a new version', () => {
  it('waits for Reload to update: never reloads the page by itself', async () => {
    const dist = process.env.E2E_DIST ?? 'dist';
    buildB = makeBuildB(dist);
    server = await serveFolder(dist);
    session = await openApp({ baseUrl: server.url });
    const { page } = session;
    const communications = page.getByRole('table', { name: 'Communications', exact: true });

    // Build A: the first visit installs the worker; after a reload it controls the page.
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Open the demo' }).click();
    await communications.waitFor();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await communications.waitFor();
    await expect
      .poll(() => workerStates(page), SLOW)
      .toEqual({ controller: 'activated', waiting: null });
    await page.evaluate(() => {
      (window as Window & { gaplineMarker?: string }).gaplineMarker = 'same page';
    });

    // Build B is deployed and found.
    server.serve(buildB);
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    const notice = page.getByRole('region', { name: 'A new version of Gapline is ready' });
    await notice.waitFor({ timeout: 30_000 });
    await expect
      .poll(() => workerStates(page), SLOW)
      .toEqual({ controller: 'activated', waiting: 'installed' });
    expect(await marker(page), 'the page was not reloaded').toBe('same page');
    expect(await build(page)).toBeNull();
    expect(await page.getByRole('status').filter({ has: notice }).count()).toBe(1);
    await expectAccessible(page, 'the update notice');
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/update-notice.png` });

    // Not now: the notice goes and the page stays; the user's own reload keeps build A
    // (B still waits) and the notice is back.
    await notice.getByRole('button', { name: 'Not now' }).click();
    await notice.waitFor({ state: 'detached' });
    expect(await marker(page)).toBe('same page');
    await page.reload();
    await notice.waitFor({ timeout: 30_000 });
    expect(await build(page)).toBeNull();
    expect(await workerStates(page)).toEqual({ controller: 'activated', waiting: 'installed' });

    // Reload to update: B takes over and the page reloads once, on the same review.
    const reloaded = page.waitForEvent('load', { timeout: 30_000 });
    await notice.getByRole('button', { name: 'Reload to update' }).click();
    await reloaded;
    await expect.poll(() => build(page), SLOW).toBe('B');
    await communications.waitFor();
    expect(await workerStates(page)).toEqual({ controller: 'activated', waiting: null });
    expect(await notice.count()).toBe(0);

    expect(session.foreignRequests).toEqual([]);
    expect(session.problems).toEqual([]);
  });
});
