import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { CHROMIUM_ARGS } from './findChromium';

export interface AppSession {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly baseUrl: string;
  /** Page errors, console errors and CSP violations seen so far. */
  readonly problems: string[];
  /** Requests that left the app's own origin (the service worker's included). */
  readonly foreignRequests: string[];
  /** Requests the service worker made (proof that its requests are seen at all). */
  readonly serviceWorkerRequests: string[];
  close(): Promise<void>;
}

/**
 * A fresh Chromium profile on the built app (or on `baseUrl`, another server of it), with
 * problems and requests recorded.
 */
export async function openApp(
  options: {
    locale?: string;
    userDataDir?: string;
    baseUrl?: string;
    /** 'block' keeps the service worker out, so that `page.route` sees every request. */
    serviceWorkers?: 'allow' | 'block';
  } = {},
): Promise<AppSession> {
  const baseUrl = options.baseUrl ?? inject('baseUrl');
  const dir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'gapline-e2e-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: inject('chromiumPath'),
    headless: true,
    args: CHROMIUM_ARGS,
    locale: options.locale ?? 'en-US',
    viewport: { width: 1366, height: 900 },
    timezoneId: 'UTC',
    acceptDownloads: true,
    serviceWorkers: options.serviceWorkers ?? 'allow',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const problems: string[] = [];
  const foreignRequests: string[] = [];
  const serviceWorkerRequests: string[] = [];
  const origin = new URL(baseUrl).origin;
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  // The context sees the pages' requests and, in Chromium, the service worker's too.
  context.on('request', (r) => {
    const url = r.url();
    if (r.serviceWorker() !== null) serviceWorkerRequests.push(url);
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
      foreignRequests.push(url);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return {
    context,
    page,
    baseUrl,
    problems,
    foreignRequests,
    serviceWorkerRequests,
    async close() {
      await context.close();
      if (!options.userDataDir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** axe-core, WCAG 2.1 AA: no serious or critical violation. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const summary = bad.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
  expect(summary, `axe violations on ${what}`).toEqual([]);
}
