// The TypeScript the Node figures call (gap analysis, importer, report model, PDF renderer),
// bundled by esbuild into one ES module under the bench's temp directory, the way
// scripts/build-cli.mjs bundles the CLI: no TypeScript is compiled while measuring.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { NODE_BUNDLE_OPTIONS, REQUIRE_BANNER } from '../../../../scripts/nodeBundleOptions.mjs';

/** The repository root (this file is test/bench/lib/node/bundleDomain.mjs). */
export const REPO = fileURLToPath(new URL('../../../../', import.meta.url));

const ENTRY = `
export { analyzeGaps } from './src/domain/gaps/analyzeGaps';
export { analyzeChannels } from './src/domain/gaps/analyzeChannels';
export { buildReportModel } from './src/domain/report/buildReportModel';
export { importFile } from './src/import/importFile';
export { defaultImportOptions } from './src/import/defaultImportOptions';
export { PDF_FONT_FILES, renderReportPdf } from './src/export/pdf/renderReportPdf';
export { LOCALES } from './src/i18n/dictionaries';
export { makeTranslate } from './src/i18n/makeTranslate';
`;

/** Writes `<dir>/gapline-node-bench.mjs` and returns its path. */
export async function bundleDomain(dir) {
  const outfile = join(dir, 'gapline-node-bench.mjs');
  await build({
    ...NODE_BUNDLE_OPTIONS,
    stdin: { contents: ENTRY, resolveDir: REPO, loader: 'ts', sourcefile: 'node-bench-entry.ts' },
    absWorkingDir: REPO,
    outfile,
    banner: { js: REQUIRE_BANNER.join('\n') },
  });
  return outfile;
}

/**
 * Import options as the CLI gives them (record ids from a counter, a fixed clock), so a
 * run does not spend its time on random UUIDs the CLI never makes.
 */
export function cliImportOptions(mod, fileName) {
  let counter = 0;
  return mod.defaultImportOptions({
    newId: () => `gapline-${++counter}`,
    now: () => Date.UTC(2026, 0, 1),
    fileName,
  });
}
