/**
 * Lowercases a text and strips accents without changing its length, so that a match found
 * in the folded text points at the same characters of the original (the evidence quotes the
 * original words). `á` → `a`, `ñ` → `n`, typographic apostrophes → `'`, no-break spaces →
 * spaces. Expects NFC text (`prepareMessages` normalizes); a character whose folded form
 * would have another length is only lowercased, or kept.
 */
const APOSTROPHES = new Set(['\u2018', '\u2019', '\u02bc', '\u00b4', '`']);
const SPACES = new Set(['\u00a0', '\u202f', '\u2007']);

export function foldText(text: string): string {
  let out = '';
  for (const ch of text) {
    if (APOSTROPHES.has(ch)) {
      out += "'";
      continue;
    }
    if (SPACES.has(ch)) {
      out += ' ';
      continue;
    }
    const lower = ch.toLowerCase();
    const base = lower.normalize('NFD').replace(/\p{M}+/gu, '');
    if (base.length === ch.length) out += base;
    else if (lower.length === ch.length) out += lower;
    else out += ch;
  }
  return out;
}
