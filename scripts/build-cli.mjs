// Bundles the `gapline` command (src/cli/main.ts) into one executable ES module,
// dist-cli/gapline.mjs, so `npx gapline` never compiles TypeScript at run time. Run by
// `npm run build:cli` and by `prepare` (so `npm ci` builds it). Dependencies (papaparse,
// zod, date-fns, …) are bundled in; nothing built is committed.
import { chmodSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { NODE_BUNDLE_OPTIONS, REQUIRE_BANNER } from './nodeBundleOptions.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, 'dist-cli', 'gapline.mjs');

mkdirSync(dirname(outfile), { recursive: true });
let result;
try {
  result = await build({
    ...NODE_BUNDLE_OPTIONS,
    absWorkingDir: root,
    entryPoints: ['src/cli/main.ts'],
    outfile,
    write: false,
    banner: { js: ['#!/usr/bin/env node', ...REQUIRE_BANNER].join('\n') },
  });
} catch {
  // esbuild has already printed the errors.
  process.exit(1);
}
// Written beside the target and renamed over it, so a command running meanwhile (a test,
// `npx gapline`) never reads a half-written file.
const [output] = result.outputFiles;
const partial = `${outfile}.${process.pid}.tmp`;
writeFileSync(partial, output.contents);
chmodSync(partial, 0o755);
renameSync(partial, outfile);
console.log(`built ${outfile.slice(root.length + 1)}`);
