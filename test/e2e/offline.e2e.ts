// Offline-first (issue "Offline-first for real"): the built app's service worker precaches
// every file the app can load — its lazy pages, the PDF export (jspdf) and its fonts, the
// import worker, the icons — but not jspdf's optional chunks, which nothing precached
// imports. After one visit, with the network off, the app loads, imports a file (in its
// worker), opens the demo, takes an edit and exports a PDF and a Markdown file; no request
// (the service worker's included) leaves the app's origin.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openApp, type AppSession } from './support/openApp';

/** A busy 2-core machine: give polls time. */
const SLOW = { timeout: 15_000 };

let session: AppSession | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

const OPTIONAL = 'assets/optional/';
const MESSAGE = 'Offline update: payments are recovering, next update in 20 minutes.';
/** A Statuspage incident, padded past 1 MB (an extra field the importer passes over). */
const IMPORTED = JSON.stringify({
  page: { name: 'Example', time_zone: 'Etc/UTC' },
  incident: {
    id: 'abc123',
    name: 'Checkout errors',
    started_at: '2024-03-05T17:00:00Z',
    resolved_at: '2024-03-05T19:30:00Z',
    incident_updates: [
      { id: 'u2', status: 'resolved', body: 'Resolved.', display_at: '2024-03-05T19:35:00Z' },
      {
        id: 'u1',
        status: 'investigating',
        body: 'Investigating.',
        display_at: '2024-03-05T17:12:00Z',
      },
    ],
  },
  padding: 'x'.repeat(1_100_000),
});

/** The URLs (relative to the app's root) in the service worker's precache manifest. */
function precacheManifest(sw: string): string[] {
  return [...sw.matchAll(/\{url:"([^"]+)",revision:(?:"[^"]*"|null)\}/g)].map((m) => m[1] ?? '');
}

/**
 * Every file the built app can load, from index.html, the manifest and the PDF fonts
 * through each script's static imports, dynamic imports and preload lists; with each
 * script's static imports and each file's size.
 */
async function crawlApp(baseUrl: string) {
  const fetchOk = async (path: string) => {
    const response = await fetch(new URL(path, baseUrl));
    return response.ok ? Buffer.from(await response.arrayBuffer()) : null;
  };
  const html = (await fetchOk('index.html'))?.toString('utf8') ?? '';
  const manifest = JSON.parse((await fetchOk('manifest.webmanifest'))?.toString('utf8') ?? '{}');
  const queue = [
    'index.html',
    'manifest.webmanifest',
    // The PDF export fetches its fonts by name (src/export/pdf/pdfFontFiles.ts).
    'fonts/DejaVuSans.ttf',
    'fonts/DejaVuSans-Bold.ttf',
    ...[...html.matchAll(/(?:src|href)="\/([^"]+)"/g)].map((m) => m[1] ?? ''),
    ...(manifest.icons as { src: string }[]).map((icon) => icon.src),
  ];
  const sizes = new Map<string, number>();
  const staticImports = new Map<string, string[]>();
  const quote = '[`"\']';
  const relative = new RegExp(`${quote}(\\.{1,2}/[\\w./-]+\\.(?:js|css))${quote}`, 'g');
  const fromRoot = new RegExp(`${quote}/?(assets/[\\w./-]+\\.(?:js|css))${quote}`, 'g');
  const staticImport = new RegExp(
    `(?:\\bfrom|\\bimport)\\s*${quote}(\\.{1,2}/[\\w./-]+\\.js)${quote}`,
    'g',
  );
  while (queue.length > 0) {
    const path = queue.pop() ?? '';
    if (sizes.has(path)) continue;
    const body = await fetchOk(path);
    if (body === null) continue; // a string in some library that only looks like a path
    sizes.set(path, body.length);
    if (!path.endsWith('.js')) continue;
    const code = body.toString('utf8');
    const fromHere = (spec: string) => new URL(spec, new URL(path, baseUrl)).pathname.slice(1);
    for (const m of code.matchAll(relative)) queue.push(fromHere(m[1] ?? ''));
    for (const m of code.matchAll(fromRoot)) queue.push(m[1] ?? '');
    staticImports.set(
      path,
      [...code.matchAll(staticImport)].map((m) => fromHere(m[1] ?? '')),
    );
  }
  return { sizes, staticImports };
}

/** Clicks and returns the download it starts, with its file name and bytes. */
async function download(page: Page, click: () => Promise<void>) {
  const [started] = await Promise.all([page.waitForEvent('download'), click()]);
  const d: Download = started;
  const path = await d.path();
  return { name: d.suggestedFilename(), bytes: readFileSync(path), path };
}

describe('offline', () => {
  it('precaches every file the app loads, PDF export and fonts included, and not jspdf’s optional chunks', async () => {
    const baseUrl = inject('baseUrl');
    const sw = await (await fetch(new URL('sw.js', baseUrl))).text();
    const precached = new Set(precacheManifest(sw));
    const { sizes, staticImports } = await crawlApp(baseUrl);
    const reachable = [...sizes.keys()];

    const needed = reachable.filter((path) => !path.startsWith(OPTIONAL));
    expect(needed.filter((path) => !precached.has(path))).toEqual([]);
    expect([...precached].filter((path) => !sizes.has(path))).toEqual([]);
    for (const file of [
      'index.html',
      'manifest.webmanifest',
      'fonts/DejaVuSans.ttf',
      'fonts/DejaVuSans-Bold.ttf',
      'icons/icon-192.png',
      'icons/icon-512.png',
      'icons/icon-maskable-512.png',
    ]) {
      expect(precached, file).toContain(file);
    }
    const importWorker = needed.find((path) => /^assets\/importWorker-.+\.js$/.test(path));
    expect(importWorker, 'the import worker').toBeDefined();

    // The chunk holding jspdf is precached.
    const jspdfChunks = [];
    for (const path of needed.filter((p) => p.endsWith('.js'))) {
      const code = await (await fetch(new URL(path, baseUrl))).text();
      if (code.includes('jsPDF PubSub')) jspdfChunks.push(path);
    }
    expect(jspdfChunks).toHaveLength(1);

    // jspdf's optional chunks exist (reached by a dynamic import), are not precached, and
    // no precached script imports one statically (offline, it would wait for it forever).
    const optional = reachable.filter((path) => path.startsWith(OPTIONAL));
    expect(optional.map((path) => path.replace(/-[\w-]+\.js$/, ''))).toEqual(
      expect.arrayContaining([`${OPTIONAL}html2canvas`, `${OPTIONAL}purify.es`]),
    );
    expect(optional.filter((path) => precached.has(path))).toEqual([]);
    expect([...staticImports.values()].flat().length, 'static imports found').toBeGreaterThan(20);
    for (const [file, imports] of staticImports) {
      if (!precached.has(file)) continue;
      expect(
        imports.filter((path) => !precached.has(path)),
        `static imports of ${file}`,
      ).toEqual([]);
    }

    const kib = (paths: string[]) =>
      (paths.reduce((sum, path) => sum + (sizes.get(path) ?? 0), 0) / 1024).toFixed(0);
    const all = [...precached];
    console.log(
      `precache: ${all.length} files, ${kib(all)} KiB ` +
        `(fonts ${kib(all.filter((p) => p.startsWith('fonts/')))} KiB, ` +
        `scripts ${kib(all.filter((p) => p.endsWith('.js')))} KiB); ` +
        `left out: ${optional.length} optional chunks, ${kib(optional)} KiB`,
    );
  });

  it('after one visit, loads, imports, opens the demo, takes an edit and exports a PDF and Markdown with the network off', async () => {
    session = await openApp();
    const { page, context, baseUrl } = session;
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'Open the demo' }).waitFor();
    // The worker is active once its install (the whole precache) completed.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? null), SLOW)
      .toBe('activated');
    // The recorder sees the service worker's own requests (here: the precache).
    expect(session.serviceWorkerRequests).toEqual(
      expect.arrayContaining([`${baseUrl}fonts/DejaVuSans.ttf`]),
    );

    // The controlled page's own late loads (the service-worker helper chunk) finish online
    // first: a load still in flight when the network drops is not what this test is about.
    await page.waitForLoadState('networkidle');
    await context.setOffline(true);
    const failed: string[] = [];
    page.on('requestfailed', (r) => failed.push(r.url()));
    const probe = `${baseUrl}not-precached-${Date.now()}`;
    const answered = await page.evaluate(
      (url) =>
        fetch(url).then(
          () => 'answered',
          () => 'no network',
        ),
      probe,
    );
    expect(answered, 'the network is off').toBe('no network');

    await page.reload();

    // Import: a file over 1 MB, so it is read in the import worker (precached too).
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.getByLabel('Import timeline').setInputFiles({
      name: 'checkout-errors.json',
      mimeType: 'application/json',
      buffer: Buffer.from(IMPORTED),
    });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('heading', { name: 'Checkout errors' }).waitFor();
    await page.getByRole('table', { name: 'Communication gaps' }).waitFor();
    expect(workers.some((url) => /\/assets\/importWorker-.+\.js$/.test(url))).toBe(true);

    await page.getByRole('link', { name: 'All reviews' }).click();
    await page.getByRole('button', { name: 'Open the demo' }).click();
    const communications = page.getByRole('table', { name: 'Communications', exact: true });
    await communications.waitFor();

    const form = page.getByRole('region', { name: 'Add a communication' });
    await form.getByLabel('Time').fill('2026-10-13T15:10');
    await form.getByLabel('Channel').fill('Status page');
    await form.getByLabel('Author').fill('Juliana Alves');
    await form.getByLabel('Message text').fill(MESSAGE);
    await form.getByRole('button', { name: 'Add communication' }).click();
    await communications.getByText(MESSAGE).waitFor();
    await expect
      .poll(() => page.getByText('Saved', { exact: true }).count(), SLOW)
      .toBeGreaterThan(0);

    const exports = page.getByRole('region', { name: 'Take the plan away' });
    await exports.scrollIntoViewIfNeeded();
    const md = await download(page, () =>
      exports.getByRole('button', { name: 'Download Markdown', exact: true }).click(),
    );
    expect(md.name).toMatch(/\.md$/);
    expect(md.bytes.toString('utf8')).toContain(MESSAGE);

    const pdf = await download(page, () =>
      exports.getByRole('button', { name: 'Download PDF', exact: true }).click(),
    );
    expect(pdf.name).toMatch(/\.pdf$/);
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf.path, '-'], {
      encoding: 'utf8',
    });
    expect(text.replace(/\s+/g, ' ')).toContain('Card payments failing at checkout');

    // Offline, only the probe went unanswered: everything else came from the worker.
    expect(failed).toEqual([probe]);
    expect(session.foreignRequests).toEqual([]);
    expect(
      session.problems.filter((p) => !p.includes('not-precached') && !p.includes('ERR_INTERNET')),
    ).toEqual([]);
  });
});
