/**
 * iCalendar (RFC 5545) text values and content lines. `icsText` escapes a TEXT value
 * (§3.3.11: `\` `;` `,` and line breaks as `\n`; control characters other than tab are not
 * allowed there, so they are dropped). `foldIcsLine` folds a content line longer than 75
 * octets of UTF-8 (§3.1): CRLF and one space before each continuation, never inside a
 * character, so every physical line is at most 75 octets.
 */

// eslint-disable-next-line no-control-regex -- control characters are what it removes
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f]/g;

export function icsText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n')
    .replace(CONTROL, '');
}

const MAX_OCTETS = 75;

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/** The line folded into physical lines joined by CRLF + space (no final CRLF). */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    // A continuation line starts with the folding space, which counts.
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
