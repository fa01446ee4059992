// A Chromium this process starts itself (so it knows the browser's PID) and drives over
// the DevTools protocol, for crash tests: `kill()` sends SIGKILL to the browser process —
// no shutdown, no flush, like a power cut for the app — then to the rest of its process
// group, and waits until all of it is gone, so the next launch can open the same profile.
import { spawn, type ChildProcess } from 'node:child_process';
import type { Browser, BrowserType, Page } from 'playwright-core';

export interface KillableBrowser {
  readonly browser: Browser;
  readonly page: Page;
  readonly pid: number;
  /** SIGKILL to the browser process, then waits until its whole process group is gone. */
  kill(): Promise<void>;
}

export interface LaunchOptions {
  readonly chromium: Pick<BrowserType, 'connectOverCDP'>;
  readonly executablePath: string;
  readonly args: readonly string[];
  readonly userDataDir: string;
  /** The page to open at start (it loads while the harness connects); default about:blank. */
  readonly url?: string;
  /** How long to wait for the DevTools endpoint (default 20 s). */
  readonly timeoutMs?: number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** True while any process of group `pgid` is alive. */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

function devToolsEndpoint(child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      reject(new Error(`Chromium gave no DevTools endpoint within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(output);
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${code ?? signal}) before it was ready:\n${output}`));
    });
  });
}

/**
 * Starts `executablePath` headless on `userDataDir` in its own process group, opening
 * `url`, connects to it and returns that page.
 */
export async function launchKillable(options: LaunchOptions): Promise<KillableBrowser> {
  const child = spawn(
    options.executablePath,
    [
      ...options.args,
      '--headless',
      '--remote-debugging-port=0',
      `--user-data-dir=${options.userDataDir}`,
      '--window-size=1280,800',
      '--hide-crash-restore-bubble',
      // What Playwright's own launch turns off, for a quicker start.
      '--disable-extensions',
      '--disable-component-extensions-with-background-pages',
      '--disable-default-apps',
      '--disable-dev-shm-usage',
      '--disable-breakpad',
      '--disable-client-side-phishing-detection',
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
      '--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication',
      '--password-store=basic',
      '--use-mock-keychain',
      options.url ?? 'about:blank',
    ],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const pid = child.pid;
  if (pid === undefined) throw new Error('Chromium did not start.');
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });

  async function kill(): Promise<void> {
    try {
      process.kill(pid as number, 'SIGKILL');
    } catch {
      // Already gone.
    }
    await exited;
    child.stderr?.destroy();
    // Its renderers and helpers (the same process group, all started by this harness) would
    // take a second or two to notice; the browser process is dead already, so end them now.
    try {
      process.kill(-(pid as number), 'SIGKILL');
    } catch {
      // None left.
    }
    while (groupAlive(pid as number)) await sleep(10);
  }

  try {
    const endpoint = await devToolsEndpoint(child, options.timeoutMs ?? 20_000);
    const browser = await options.chromium.connectOverCDP(endpoint);
    const context = browser.contexts()[0];
    if (context === undefined) throw new Error('Chromium has no default context.');
    const pages = context.pages();
    const page = pages[0] ?? (await context.newPage());
    // A crashed profile may come back with the tabs it had: keep one.
    for (const extra of pages.slice(1)) await extra.close().catch(() => undefined);
    return { browser, page, pid, kill };
  } catch (error) {
    await kill();
    throw error;
  }
}
