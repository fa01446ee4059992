// The crash harness (reliability Table 1, row 5; goal G8): type communications into the
// review page through its form while Chromium is SIGKILLed at a random moment, relaunch it
// on the same profile, and check that every edit the page showed as saved is stored.
// An edit counts as shown saved when the save status said "Saved", its row was on screen
// and the form had cleared (the form clears only once the write completed). Edits still in
// flight at the kill may or may not be there; they are counted, never required.
// Shared by the browser test (30 cycles) and `npm run bench:crash` (any number).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserType, ElementHandle, Page } from 'playwright-core';
import { launchKillable, type KillableBrowser } from './launchKillable';
import { readStoredReviews, type StoredReviews } from './readStoredReviews';
import { seededRandom } from '../../bench/lib/seededRandom.mjs';

export interface CrashOptions {
  readonly chromium: Pick<BrowserType, 'connectOverCDP'>;
  readonly executablePath: string;
  readonly args: readonly string[];
  readonly baseUrl: string;
  readonly cycles: number;
  /** The kill comes this long after the first edit of a cycle began, uniformly (ms). */
  readonly killAfterMs?: readonly [number, number];
  /** A new review every N cycles, so pages stay small in long runs (default 25). */
  readonly cyclesPerReview?: number;
  /** Deterministic runs: a seed for the kill moments and tokens. */
  readonly seed?: number;
  readonly log?: (line: string) => void;
}

export interface CrashResult {
  readonly cycles: number;
  /** Edits shown as saved before a kill. */
  readonly acknowledged: number;
  /** Edits shown as saved that were not stored after the relaunch (must be none). */
  readonly lost: readonly string[];
  /**
   * Edits typed but not yet shown saved when the browser died (in flight, or not sent yet):
   * stored, or not. Neither is an error.
   */
  readonly inFlightKept: number;
  readonly inFlightDropped: number;
  /** Edits shown saved that the last review's Communications table did not list after the last relaunch. */
  readonly uiMissing: readonly string[];
  /** Reviews created (through New review) and stored. */
  readonly reviews: number;
  /** Broken invariants found after a relaunch (orphans, half-written reviews). */
  readonly problems: readonly string[];
  readonly msPerCycle: number;
}

const ADD_REGION = 'Add a communication';

/** Creates a review through **New review**; resolves with its id once the page shows it. */
async function createReview(page: Page, baseUrl: string, title: string): Promise<string> {
  await page.goto(baseUrl);
  await page.getByRole('button', { name: 'New review', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'New review' });
  await dialog.getByLabel('Incident title').fill(title);
  await dialog.getByLabel('First alert').fill('2026-10-13T14:00');
  await dialog.getByRole('button', { name: 'Create review' }).click();
  await page.waitForURL(/#\/review\/[^/]+$/);
  const id = /#\/review\/([^/]+)$/.exec(page.url())?.[1];
  if (id === undefined) throw new Error(`No review id in ${page.url()}`);
  return decodeURIComponent(id);
}

/** Checks what was stored: the acknowledged edits and reviews, and the invariants. */
function check(
  stored: StoredReviews,
  acknowledged: ReadonlySet<string>,
  reviewIds: readonly string[],
): { lost: string[]; problems: string[] } {
  const texts = new Set(stored.communications.map((c) => c.text));
  const lost = [...acknowledged].filter((token) => !texts.has(token));
  const problems: string[] = [];
  for (const id of reviewIds) {
    if (stored.reviews[id] !== 'ready') problems.push(`review ${id}: ${stored.reviews[id]}`);
  }
  for (const [id, status] of Object.entries(stored.reviews)) {
    if (status !== 'ready') problems.push(`review ${id} left ${status}`);
    if (!stored.incidents.includes(id)) problems.push(`review ${id} has no incident`);
  }
  const channels = new Map(stored.channels.map((c) => [c.id, c.reviewId]));
  for (const c of stored.communications) {
    if (stored.reviews[c.reviewId] === undefined) problems.push(`orphan message ${c.text}`);
    if (channels.get(c.channelId) !== c.reviewId) problems.push(`message ${c.text}: no channel`);
  }
  return { lost, problems };
}

/** The form's message field and its Add button, found once per page load. */
interface AddForm {
  readonly text: ElementHandle;
  readonly add: ElementHandle;
}

/** Types one message and waits until it is shown saved; rejects when the browser dies. */
async function addMessage(page: Page, { text, add }: AddForm, token: string): Promise<void> {
  await text.fill(token);
  await add.click();
  await page.waitForFunction(
    ([field, wanted]) => {
      const status = document.querySelector('.save-status')?.textContent;
      const table = document.querySelector('.comms-table')?.textContent ?? '';
      return (
        status === 'Saved' &&
        table.includes(wanted) &&
        (field as HTMLTextAreaElement | HTMLInputElement).value === ''
      );
    },
    [text, token] as const,
    { timeout: 10_000 },
  );
}

export async function runCrashCycles(options: CrashOptions): Promise<CrashResult> {
  const random = seededRandom(options.seed ?? Date.now());
  const [killMin, killMax] = options.killAfterMs ?? [100, 1_000];
  const perReview = options.cyclesPerReview ?? 25;
  const log = options.log ?? (() => undefined);
  const profile = mkdtempSync(join(tmpdir(), 'gapline-crash-'));
  const acknowledged = new Set<string>();
  const inFlight = new Set<string>();
  const reviewIds: string[] = [];
  const reviewOf = new Map<string, string>();
  let uiMissing: readonly string[] | undefined;
  const lost: string[] = [];
  const problems: string[] = [];
  let inFlightKept = 0;
  let inFlightDropped = 0;
  const began = Date.now();
  const reviewUrl = (id: string) => `${options.baseUrl}#/review/${encodeURIComponent(id)}`;
  /** Chromium on the profile, already loading `url`. */
  const launch = (url: string) =>
    launchKillable({
      chromium: options.chromium,
      executablePath: options.executablePath,
      args: options.args,
      userDataDir: profile,
      url,
    });

  /** After a relaunch: the page on the review, and everything acknowledged so far checked. */
  async function verify(page: Page): Promise<void> {
    const stored = await readStoredReviews(page);
    const result = check(stored, acknowledged, reviewIds);
    lost.push(...result.lost.filter((token) => !lost.includes(token)));
    problems.push(...result.problems);
    const texts = new Set(stored.communications.map((c) => c.text));
    for (const token of inFlight) {
      if (texts.has(token)) inFlightKept += 1;
      else inFlightDropped += 1;
    }
    inFlight.clear();
  }

  let browser: KillableBrowser | null = null;
  try {
    for (let cycle = 0; cycle < options.cycles; cycle++) {
      const t0 = Date.now();
      const current = reviewIds.at(-1);
      browser = await launch(current === undefined ? options.baseUrl : reviewUrl(current));
      const launchedMs = Date.now() - t0;
      const { page } = browser;
      page.setDefaultTimeout(15_000);
      if (current !== undefined) {
        await page.getByRole('region', { name: ADD_REGION }).waitFor();
        await verify(page);
      }
      if (current === undefined || cycle % perReview === 0) {
        reviewIds.push(await createReview(page, options.baseUrl, `Crash test ${cycle}`));
      }
      const form = page.getByRole('region', { name: ADD_REGION });
      await form.getByLabel('Channel').fill('Status page');
      const text = await form.getByLabel('Message text').elementHandle();
      const add = await form.getByRole('button', { name: 'Add communication' }).elementHandle();
      if (text === null || add === null)
        throw new Error('The Add a communication form is missing.');
      const readyMs = Date.now() - t0;

      // The stream of edits, and the kill at a random moment in it.
      const delay = killMin + random() * (killMax - killMin);
      const victim = browser;
      let dead = false;
      const killed = new Promise<void>((resolve) => {
        setTimeout(() => {
          dead = true;
          void victim.kill().then(resolve);
        }, delay);
      });
      for (let n = 0; !dead; n++) {
        const token = `c${cycle}e${n}x${Math.floor(random() * 1e9).toString(36)}`;
        inFlight.add(token);
        try {
          await addMessage(page, { text, add }, token);
        } catch (error) {
          if (dead) break;
          throw error;
        }
        // Seen saved before the kill was sent, or at worst while it lands: a real ack
        // either way (the page answered after the write completed).
        inFlight.delete(token);
        acknowledged.add(token);
        reviewOf.set(token, reviewIds.at(-1) ?? '');
      }
      await killed;
      browser = null;
      log(
        `cycle ${cycle + 1}/${options.cycles}: launched in ${launchedMs} ms, editing after ${readyMs} ms, killed ${Math.round(delay)} ms later; ${acknowledged.size} saved so far`,
      );
    }
    // The last kill's edits: one more launch to read them.
    const last = reviewIds.at(-1) ?? '';
    browser = await launch(reviewUrl(last));
    await browser.page.getByRole('region', { name: ADD_REGION }).waitFor();
    await verify(browser.page);
    // And the app shows them: the last review's table lists each of its saved edits.
    const shown = (await browser.page.locator('.comms-table').textContent()) ?? '';
    uiMissing = [...acknowledged].filter((t) => reviewOf.get(t) === last && !shown.includes(t));
  } finally {
    await browser?.kill();
    rmSync(profile, { recursive: true, force: true });
  }
  return {
    cycles: options.cycles,
    acknowledged: acknowledged.size,
    lost,
    inFlightKept,
    inFlightDropped,
    reviews: reviewIds.length,
    problems,
    uiMissing: uiMissing ?? [],
    msPerCycle: Math.round((Date.now() - began) / Math.max(1, options.cycles)),
  };
}
