// The esbuild options of every Node bundle this project makes — the `gapline` command
// (scripts/build-cli.mjs) and the bench's domain bundle (test/bench/lib/node/bundleDomain.mjs)
// — so what the bench measures is built the way the CLI is.

/** One ES module for Node 20 with its dependencies inside. */
export const NODE_BUNDLE_OPTIONS = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
};

/**
 * The banner lines that give the bundle a `require`: CommonJS dependencies bundled into
 * ESM (papaparse, jspdf) may call it for Node built-ins.
 */
export const REQUIRE_BANNER = [
  "import { createRequire as __gaplineCreateRequire } from 'node:module';",
  'const require = __gaplineCreateRequire(import.meta.url);',
];
