/** Import options for tests: counter ids (`id-1`, `id-2`, …) and a fixed clock. */
import type { ImportOptions } from '../../src/import/contract';
import { defaultImportOptions } from '../../src/import/defaultImportOptions';

export const IMPORT_NOW = Date.parse('2026-11-23T10:00:00.000Z');

export function makeImportOptions(overrides: Partial<ImportOptions> = {}): ImportOptions {
  let n = 0;
  return defaultImportOptions({
    newId: () => `id-${++n}`,
    now: () => IMPORT_NOW,
    ...overrides,
  });
}
