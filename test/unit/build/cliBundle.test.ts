// @vitest-environment node
// The `gapline` command is one built ES module, so `npx gapline` never compiles TypeScript
// at run time (scripts/build-cli.mjs). test/unit/cli/gaplineBin.test.ts checks what the
// built command prints (and `npx --no-install gapline analyze --help`); this file checks
// what it is: the file package.json's `bin` names, executable, self-contained (it loads
// only Node's own modules: no .ts file, no tsx, ts-node or typescript, no chunk beside it),
// and quick to answer `--help`.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAIN_USAGE } from '../../../src/cli/usage';
import { BIN, BIN_PATH, ROOT, ensureBuiltCli } from '../cli/builtCli';

beforeAll(ensureBuiltCli, 60_000);

/**
 * Every module the bundle loads: static `import`/`export … from`, `import("…")` with a
 * literal, and `require("…")` (esbuild's `__require` for CommonJS dependencies).
 */
function loadedSpecifiers(code: string): string[] {
  const patterns = [
    /^\s*(?:import|export)\b[^;'"]*?\bfrom\s*["']([^"']+)["']/gm,
    /^\s*import\s*["']([^"']+)["']/gm,
    /\bimport\s*\(\s*["'`]([^"'`]+)["'`]\s*\)/g,
    /\b(?:__)?require\s*\(\s*["'`]([^"'`]+)["'`]\s*\)/g,
  ];
  return [...new Set(patterns.flatMap((p) => [...code.matchAll(p)].map((m) => m[1] ?? '')))].sort();
}

const isNodeBuiltin = (specifier: string) =>
  specifier.startsWith('node:') || builtinModules.includes(specifier);

describe(BIN_PATH, () => {
  it("is package.json's `bin`, an executable script for node", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.bin).toEqual({ gapline: BIN_PATH });
    expect(statSync(BIN).mode & 0o111).not.toBe(0);
    expect(readFileSync(BIN, 'utf8').split('\n', 1)[0]).toBe('#!/usr/bin/env node');
  });

  it('is the only module in dist-cli/ and loads nothing but Node built-ins', () => {
    const built = readdirSync(join(ROOT, 'dist-cli')).filter((name) => /\.[cm]?js$/.test(name));
    expect(built).toEqual(['gapline.mjs']);
    const specifiers = loadedSpecifiers(readFileSync(BIN, 'utf8'));
    // The pattern finds the bundle's own imports (node:path, node:util, …).
    expect(specifiers).toContain('node:module');
    expect(specifiers.filter((s) => !isNodeBuiltin(s))).toEqual([]);
    expect(
      specifiers.filter((s) => /\.[cm]?tsx?$|^(?:tsx|ts-node|typescript)(?:\/|$)/.test(s)),
    ).toEqual([]);
  });

  it('answers --help at once, with exit status 0', () => {
    const run = spawnSync(process.execPath, [BIN, '--help'], {
      cwd: ROOT,
      encoding: 'utf8',
      // A busy 2-core machine starts it in well under a second; 15 s means it hangs.
      timeout: 15_000,
    });
    expect(run.error).toBeUndefined();
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(MAIN_USAGE);
  });
});
