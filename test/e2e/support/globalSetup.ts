import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { findChromium } from './findChromium';

export const E2E_PORT = 4199;
let server: ChildProcess | null = null;

async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer at ${url} within ${timeoutMs} ms`);
}

export default async function setup(project: TestProject): Promise<() => void> {
  const chromium = findChromium();
  // E2E_DIST / E2E_PORT let two runs share a checkout (each builds into its own folder).
  const dist = process.env.E2E_DIST ?? 'dist';
  const port = Number(process.env.E2E_PORT ?? E2E_PORT);
  if (!existsSync(`${dist}/index.html`)) {
    throw new Error(
      `The app is not built in ${dist}/: run 'npx vite build' first (npm test does it).`,
    );
  }
  server = spawn(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--outDir',
      dist,
      '--port',
      String(port),
      '--strictPort',
      '--host',
      '127.0.0.1',
    ],
    { stdio: 'ignore' },
  );
  const baseUrl = `http://127.0.0.1:${port}/`;
  await waitForServer(baseUrl, 20_000);
  project.provide('baseUrl', baseUrl);
  project.provide('chromiumPath', chromium);
  return () => {
    server?.kill('SIGTERM');
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
  }
}
