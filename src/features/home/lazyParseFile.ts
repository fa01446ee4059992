import type { ParseFile } from './ParseFile';

/**
 * The importers (CSV parser, schemas) load on the first import, not with the home page
 * (toolchain notes: first-load budget).
 */
export const lazyParseFile: ParseFile = async (raw, fileName, options) => {
  const { parseFileInWorker } = await import('../../import/parseInWorker');
  return parseFileInWorker(raw, fileName, options);
};
