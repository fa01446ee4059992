// The built `gapline` command for the tests that spawn it: where it is, and a `beforeAll`
// that builds it (scripts/build-cli.mjs) when it is missing or older than any source file.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const BIN_PATH = 'dist-cli/gapline.mjs';
export const BIN = join(ROOT, BIN_PATH);

/** Newest modification time of the sources the bundle is built from. */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds the command if it is missing or stale (use in `beforeAll`, ~60 s budget). */
export function ensureBuiltCli(): void {
  const stale = !existsSync(BIN) || statSync(BIN).mtimeMs < newestSource(join(ROOT, 'src'));
  if (stale)
    execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT, stdio: 'pipe' });
}
