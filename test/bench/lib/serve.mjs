// The bench's own copy of the built app, served by `vite preview` on a free loopback port,
// and the floor page's script. The app is built into a temp directory, never into dist/,
// so the bench does not race a browser-test build running in the same working tree.
import { execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { build as esbuild } from 'esbuild';

const VITE = 'node_modules/vite/bin/vite.js';

/** Runs `node vite.js …args` to completion; rejects with its output when it fails. */
function runVite(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [VITE, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolve(output)
        : reject(new Error(`vite ${args[0]} failed (${code}):\n${output}`)),
    );
  });
}

export async function buildApp(outDir) {
  await runVite(['build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir']);
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForServer(url, timeoutMs, child) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`vite preview exited (${child.exitCode})`);
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`vite preview did not answer at ${url} within ${timeoutMs} ms`);
}

/** Serves `outDir`; returns its URL and a stop function (safe to call twice). */
export async function startPreview(outDir) {
  const port = await freePort();
  const args = [
    'preview',
    '--outDir',
    outDir,
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--strictPort',
  ];
  const child = spawn(process.execPath, [VITE, ...args], { stdio: 'ignore' });
  const stop = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  };
  const url = `http://127.0.0.1:${port}/`;
  try {
    await waitForServer(url, 20_000, child);
  } catch (e) {
    stop();
    throw e;
  }
  return { url, stop };
}

/** test/bench/bareKonva.ts with Konva from node_modules, as one IIFE for `addScriptTag`. */
export async function bundleFloorPage() {
  const result = await esbuild({
    entryPoints: ['test/bench/bareKonva.ts'],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'chrome120',
    write: false,
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}

/** Chromium's path and flags from the browser tests' own helper (one source of truth). */
export async function chromiumSettings() {
  const result = await esbuild({
    entryPoints: ['test/e2e/support/findChromium.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    logLevel: 'warning',
  });
  const code = Buffer.from(result.outputFiles[0].text).toString('base64');
  const mod = await import(`data:text/javascript;base64,${code}`);
  const executablePath = mod.findChromium();
  let version = null;
  try {
    const out = execFileSync(executablePath, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    version = /(\d+\.\d+\.\d+\.\d+)/.exec(out)?.[1] ?? out.trim();
  } catch {
    // the version is only printed; the user agent's reduced one is used instead
  }
  return { executablePath, args: mod.CHROMIUM_ARGS, version };
}
