/**
 * `JSON.parse` behind the depth cap, as a result instead of an exception.
 */
import type { ImportError } from '../contract';
import { MAX_JSON_DEPTH } from '../importLimits';
import { exceedsJsonDepth } from './exceedsJsonDepth';

export type JsonParseResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly error: ImportError };

export function parseJsonSafely(text: string): JsonParseResult {
  if (exceedsJsonDepth(text, MAX_JSON_DEPTH)) {
    return {
      ok: false,
      error: {
        code: 'too-deep',
        message: `The file nests deeper than ${MAX_JSON_DEPTH} levels; no Gapline, Statuspage or other accepted file does.`,
      },
    };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    const detail = e instanceof SyntaxError ? ` (${e.message.slice(0, 200)})` : '';
    return {
      ok: false,
      error: { code: 'invalid-json', message: `The file is not valid JSON${detail}.` },
    };
  }
}
