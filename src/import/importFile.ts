/**
 * The one entry point for importing a file: size and emptiness checks, format detection
 * (a JSON file is parsed once, behind the depth cap, and recognised by its content; text
 * by its header), then the format's importer. Never throws.
 */
import type { ImportOptions, ImportResult } from './contract';
import { importFailure } from './importFailure';
import { checkImportSize } from './importLimits';
import { parseJsonSafely } from './json/parseJsonSafely';
import { neverThrows } from './neverThrows';
import { ACCEPTED_FORMATS, JSON_IMPORTERS, TEXT_IMPORTERS } from './registry';

const HEAD_LENGTH = 64 * 1024;

/** NUL or many other control characters: not a text file. */
function looksBinary(head: string): boolean {
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c === 0) return true;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13) control++;
  }
  return control > head.length / 100;
}

/**
 * Imports the text of a file. `fileName` (when given) overrides `options.fileName`.
 * The size check uses the text length, a lower bound of the bytes: the app also calls
 * `checkImportSize(file.size)` before reading a file.
 */
export function importFile(
  raw: string,
  fileName: string | null,
  options: ImportOptions,
): ImportResult {
  return neverThrows(() => {
    const effective: ImportOptions = { ...options, fileName: fileName ?? options.fileName };
    const tooLarge = checkImportSize(raw.length);
    if (tooLarge !== null) return { ok: false, error: tooLarge };
    if (!/\S/.test(raw.slice(0, HEAD_LENGTH)) && raw.trim() === '') {
      return importFailure('empty', 'The file is empty.');
    }
    const head = raw.slice(0, HEAD_LENGTH);
    if (looksBinary(head))
      return importFailure('unknown-format', `This is not a text file. ${ACCEPTED_FORMATS}`);

    if (/^\uFEFF?\s*[[{]/.test(head)) {
      const json = parseJsonSafely(raw.replace(/^\uFEFF/, ''));
      if (!json.ok) return { ok: false, error: json.error };
      const importer = JSON_IMPORTERS.find((i) => i.detectValue(json.value));
      return importer === undefined
        ? importFailure(
            'unknown-format',
            `This JSON file is not one Gapline knows. ${ACCEPTED_FORMATS}`,
          )
        : importer.parseValue(json.value, effective);
    }
    const importer = TEXT_IMPORTERS.find((i) => i.detect(head, effective.fileName));
    return importer === undefined
      ? importFailure('unknown-format', `Gapline cannot read this file. ${ACCEPTED_FORMATS}`)
      : importer.parse(raw, effective);
  });
}
