// Bundles the `gapline` command (src/cli/main.ts) into one executable ES module,
// dist-cli/gapline.mjs, so `npx gapline` never compiles TypeScript at run time. Run by
// `npm run build:cli` and by `prepare` (so `npm ci` builds it). Dependencies (papaparse,
// zod, date-fns, …) are bundled in; nothing built is committed.
import { chmodSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, 'dist-cli', 'gapline.mjs');

mkdirSync(dirname(outfile), { recursive: true });
let result;
try {
  result = await build({
    absWorkingDir: root,
    entryPoints: ['src/cli/main.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    legalComments: 'none',
    logLevel: 'warning',
    write: false,
    banner: {
      // CommonJS dependencies bundled into ESM may call `require` for Node built-ins.
      js: [
        '#!/usr/bin/env node',
        "import { createRequire as __gaplineCreateRequire } from 'node:module';",
        'const require = __gaplineCreateRequire(import.meta.url);',
      ].join('\n'),
    },
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
