/**
 * Makes any text safe and honest to draw with the embedded font: normalised (NFC), line
 * ends unified, control and invisible formatting characters (bidi overrides, zero-width
 * joiners) dropped, very long texts cut with a visible marker, and every character the
 * font cannot draw replaced visibly (`□`, else `?`) and remembered, so the export can list
 * them. jspdf would otherwise drop such a character, or cut the string at it, silently.
 */

export interface PdfTextCleaner {
  /** The text as the PDF draws it; at most `max` characters of it, then the cut marker. */
  readonly clean: (text: string, max?: number) => string;
  /** The characters replaced so far, each once, in the order met. */
  readonly replaced: () => readonly string[];
}

export const DEFAULT_MAX_CHARS = 4_000;
const REPLACEMENT = '□';
const LINE_BREAKS = /\r\n?|[\u2028\u2029\u0085]/g;
const INVISIBLE = /[\p{Cc}\p{Cf}]/u;

export function makePdfTextCleaner(
  covered: ReadonlySet<number>,
  cutMarker: (total: number) => string,
): PdfTextCleaner {
  const replacement = covered.has(REPLACEMENT.codePointAt(0) ?? 0) ? REPLACEMENT : '?';
  const replaced = new Set<string>();

  const drawable = (text: string): string => {
    let out = '';
    for (const ch of text.normalize('NFC').replace(LINE_BREAKS, '\n')) {
      if (ch === '\n') out += ch;
      else if (ch === '\t') out += ' ';
      else if (INVISIBLE.test(ch)) continue;
      else if (covered.has(ch.codePointAt(0) ?? 0)) out += ch;
      else {
        replaced.add(ch);
        out += replacement;
      }
    }
    return out;
  };

  return {
    clean(text, max = DEFAULT_MAX_CHARS) {
      const chars = Array.from(text.length > max * 2 ? text.slice(0, max * 2) : text);
      if (chars.length <= max && text.length <= max * 2) return drawable(text);
      return `${drawable(chars.slice(0, max).join('')).trimEnd()} … ${drawable(cutMarker(text.length))}`;
    },
    replaced: () => [...replaced],
  };
}
