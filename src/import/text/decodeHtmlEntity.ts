/**
 * Decodes one HTML character reference starting at `&` (`&amp;`, `&#39;`, `&#x1F600;`).
 * Only a small table of named entities is known; anything else is left as written.
 */
const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  bull: '•',
  middot: '·',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  deg: '°',
  times: '×',
  divide: '÷',
  rarr: '→',
  larr: '←',
  harr: '↔',
  uarr: '↑',
  darr: '↓',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
};

/** At most this many characters between `&` and `;`. */
const MAX_REFERENCE = 32;

export interface DecodedEntity {
  readonly text: string;
  /** Characters consumed, including `&` and `;`. */
  readonly length: number;
}

/** Decodes the reference at `start` (where `source[start] === '&'`), or null if there is none. */
export function decodeHtmlEntity(source: string, start: number): DecodedEntity | null {
  // Looks only a short way ahead: `&&&&…` stays linear.
  const end = source.slice(start + 1, start + 1 + MAX_REFERENCE).indexOf(';') + start + 1;
  if (end === start) return null;
  const name = source.slice(start + 1, end);
  const length = end - start + 1;
  if (name.startsWith('#')) {
    const hex = name[1] === 'x' || name[1] === 'X';
    const digits = name.slice(hex ? 2 : 1);
    if (digits === '' || !(hex ? /^[0-9a-f]+$/i : /^[0-9]+$/).test(digits)) return null;
    const code = Number.parseInt(digits, hex ? 16 : 10);
    const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    return { text: valid ? String.fromCodePoint(code) : '\uFFFD', length };
  }
  const text = Object.hasOwn(NAMED, name) ? NAMED[name] : undefined;
  return text === undefined ? null : { text, length };
}
