/**
 * Text of a review made safe for Markdown (CommonMark with GitHub's tables): whatever a
 * message says shows as those very characters on a wiki page or in a tracker. Nothing a
 * reader typed becomes markup, a link, HTML or a new block:
 * - `\` `` ` `` `*` `_` `[` `]` `|` `~` are backslash-escaped (emphasis, code, links,
 *   table cells, strikethrough);
 * - `<` becomes `&lt;`, and `&` that would start an entity `&amp;`, so HTML-looking text
 *   (`<img onerror=…>`, `<!--`, `<https://…>`) stays text;
 * - the text is one line: line breaks become `<br>` (the one piece of HTML the export
 *   writes itself), so a cell or a list item can hold several lines and no line of the
 *   text can start a heading, a list, a quote or a code block;
 * - what would start a block at the beginning (`#`, `>`, `-`, `+`, `=`, `1.`, `1)`) is
 *   escaped; leading and trailing blanks are trimmed;
 * - NUL becomes U+FFFD and other control characters are dropped (tabs become spaces).
 */

const INLINE = /[\\`*_[\]|~]/g;
const INLINE_AND_HASH = /[\\`*_[\]|~#]/g;
const ENTITY = /&(?=#?[0-9A-Za-z]+;)/g;
// eslint-disable-next-line no-control-regex -- control characters are what it removes
const CONTROL = /[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** One piece of text, escaped for any inline position (a paragraph, a list item, a cell). */
export function markdownText(text: string): string {
  return escaped(text, INLINE);
}

/** Text for a heading: also no `#` anywhere, so none can close the heading early. */
export function markdownHeadingText(text: string): string {
  return escaped(text, INLINE_AND_HASH);
}

function escaped(text: string, inline: RegExp): string {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .replaceAll('\u0000', '\uFFFD')
    .replace(/\t/g, ' ')
    .replace(CONTROL, '')
    .trim()
    .split('\n')
    .map((line) =>
      line
        .trimEnd()
        .replace(inline, (c) => `\\${c}`)
        .replace(ENTITY, '&amp;')
        .replace(/</g, '&lt;'),
    );
  return escapeBlockStart(lines.join('<br>'));
}

/** Escapes the first character when it could open a block (heading, quote, list, rule). */
function escapeBlockStart(text: string): string {
  const ordered = /^(\d{1,9})([.)])/.exec(text);
  if (ordered !== null) {
    return `${ordered[1] ?? ''}\\${ordered[2] ?? ''}${text.slice(ordered[0].length)}`;
  }
  return /^[#>+=-]/.test(text) ? `\\${text}` : text;
}

/** A table cell: escaped text, or `fallback` (already Markdown) when the text is blank. */
export function markdownCell(text: string, fallback: string): string {
  const cell = markdownText(text);
  return cell === '' ? fallback : cell;
}

/** A GitHub table: a header row, the divider, one row per entry (cells already escaped). */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string[] {
  const row = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [row(header), row(header.map(() => '---')), ...rows.map(row)];
}
