// Wall time of one child Node process, from spawn to exit, its stdout written to a file (so
// a large output costs what writing it costs, not what the bench does with it).
import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';

/** A child still running after this long is killed and its figure left out. */
export const CHILD_TIMEOUT_MS = 180_000;

/**
 * Runs `node …args` with stdout into `stdoutFile`; resolves {ms, code, stderr}. Never
 * rejects: a spawn failure (E2BIG, …) or a timeout comes back as `error`.
 * @returns {Promise<{ms: number, code: number|null, stderr: string, error: string|null}>}
 */
export function timeProcess(args, stdoutFile, { cwd, timeoutMs = CHILD_TIMEOUT_MS } = {}) {
  const out = openSync(stdoutFile, 'w');
  return new Promise((resolve) => {
    let stderr = '';
    let error = null;
    let timer = null;
    let done = false;
    const started = performance.now();
    /** Once: a failed spawn may report both 'error' and 'close'. */
    const finish = (code) => {
      if (done) return;
      done = true;
      const ms = performance.now() - started;
      clearTimeout(timer);
      closeSync(out);
      resolve({ ms, code, stderr, error });
    };
    let child;
    try {
      child = spawn(process.execPath, args, { cwd, stdio: ['ignore', out, 'pipe'] });
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
      finish(null);
      return;
    }
    timer = setTimeout(() => {
      error = `still running after ${timeoutMs / 1000} s`;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', (e) => {
      error ??= e.message;
      finish(null);
    });
    child.on('close', (code) => finish(code));
  });
}

/** Why a timed run does not count (null when it does): spawn error, timeout, exit status. */
export function failureOf(run) {
  if (run.error !== null) return run.error;
  if (run.code !== 0) {
    // Node prints an uncaught error's location first, then `Error: …`.
    const lines = run.stderr.split('\n').map((l) => l.trim());
    const said =
      lines.find((l) => /^(\w*Error\b|gapline:)/.test(l)) ?? lines.find((l) => l !== '') ?? '';
    return `exit ${run.code}${said === '' ? '' : `: ${said}`}`;
  }
  return null;
}
