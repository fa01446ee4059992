/**
 * Reads one HTML tag starting at `<`: its lower-case name, whether it closes, and where
 * it ends. Quoted attribute values may hold `>`. A tag longer than `MAX_TAG_LENGTH` is not
 * a tag (so hostile input such as `<a "<a "…` stays linear).
 */
export interface HtmlTag {
  readonly name: string;
  readonly closing: boolean;
  /** Index just after `>`. */
  readonly end: number;
}

export const MAX_TAG_LENGTH = 256;

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isNameChar = (c: number): boolean => isLetter(c) || (c >= 48 && c <= 57) || c === 45;

/** The tag at `start` (where `source[start] === '<'`), or null if `<` is plain text. */
export function readHtmlTag(source: string, start: number): HtmlTag | null {
  let i = start + 1;
  const closing = source[i] === '/';
  if (closing) i++;
  if (!isLetter(source.charCodeAt(i))) return null;
  const nameStart = i;
  while (i < source.length && isNameChar(source.charCodeAt(i))) i++;
  const name = source.slice(nameStart, i).toLowerCase();
  const limit = Math.min(source.length, start + MAX_TAG_LENGTH);
  let quote: string | null = null;
  for (; i < limit; i++) {
    const ch = source[i];
    if (quote !== null) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === '>') {
      return { name, closing, end: i + 1 };
    }
  }
  return null;
}
