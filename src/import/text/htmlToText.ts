/**
 * Turns a Statuspage body (plain text or a little HTML) into plain text, without a DOM so
 * it runs in the CLI too: tags are removed (their text kept), block tags and `<br>` end a
 * line, each list item becomes a line, comments and `<script>`/`<style>` content vanish,
 * character references are decoded. One linear pass, no regex over the whole body. The
 * result is text: nothing here is ever rendered as HTML.
 */
import { decodeHtmlEntity } from './decodeHtmlEntity';
import { readHtmlTag } from './readHtmlTag';

const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'pre',
  'section',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'ul',
]);
const SKIPPED_CONTENT: ReadonlySet<string> = new Set(['script', 'style', 'template']);

/** Collects text; block boundaries ask for a break that is written only before more text. */
class TextSink {
  private readonly parts: string[] = [];
  private pendingBreaks = 0;

  text(chunk: string): void {
    if (chunk === '') return;
    if (this.pendingBreaks > 0) {
      if (chunk.trim() === '') return; // indentation between block tags
      if (this.parts.length > 0) this.parts.push('\n'.repeat(this.pendingBreaks));
      this.pendingBreaks = 0;
    }
    this.parts.push(chunk);
  }

  /** 1 ends the line, 2 also leaves a blank line (paragraphs). */
  blockBreak(lines: 1 | 2): void {
    this.pendingBreaks = Math.max(this.pendingBreaks, lines);
  }

  hardBreak(): void {
    this.text('\n');
  }

  toString(): string {
    return this.parts.join('');
  }
}

export function htmlToText(source: string): string {
  const sink = new TextSink();
  let i = 0;
  let textStart = 0;
  let lower: string | null = null;
  /** Index of the next `>` at or after the current tag start (-1: none left). */
  let nextGt = -2;
  const flush = (upTo: number): void => {
    if (upTo > textStart) sink.text(source.slice(textStart, upTo));
  };
  while (i < source.length) {
    const ch = source[i];
    if (ch === '&') {
      const entity = decodeHtmlEntity(source, i);
      if (entity !== null) {
        flush(i);
        sink.text(entity.text);
        i += entity.length;
        textStart = i;
        continue;
      }
    } else if (ch === '<') {
      if (source.startsWith('<!--', i)) {
        flush(i);
        const close = source.indexOf('-->', i + 4);
        i = textStart = close < 0 ? source.length : close + 3;
        continue;
      }
      if (nextGt !== -1 && nextGt < i) nextGt = source.indexOf('>', i);
      if (nextGt >= 0 && (source[i + 1] === '!' || source[i + 1] === '?')) {
        flush(i);
        i = textStart = nextGt + 1;
        continue;
      }
      const tag = nextGt >= 0 ? readHtmlTag(source, i) : null;
      if (tag !== null) {
        flush(i);
        if (tag.name === 'br') sink.hardBreak();
        else if (tag.name === 'p') sink.blockBreak(2);
        else if (BLOCK_TAGS.has(tag.name)) sink.blockBreak(1);
        else if (tag.name === 'td' || tag.name === 'th') sink.text(' ');
        i = tag.end;
        if (!tag.closing && SKIPPED_CONTENT.has(tag.name)) {
          lower ??= source.toLowerCase();
          const close = lower.indexOf(`</${tag.name}`, i);
          i = close < 0 ? source.length : close;
        }
        textStart = i;
        continue;
      }
    }
    i++;
  }
  flush(source.length);
  return tidyLines(sink.toString());
}

/**
 * Line endings to `\n`, no-break spaces to spaces, control characters other than tab and
 * newline dropped, trailing spaces trimmed, at most one blank line in a row, no blank
 * lines at either end.
 */
function tidyLines(text: string): string {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .replace(/\u00a0/g, ' ')
    // eslint-disable-next-line no-control-regex -- dropping control characters is the point
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .split('\n')
    .map((line) => line.trimEnd());
  const kept: string[] = [];
  for (const line of lines) {
    const previous = kept[kept.length - 1];
    if (line === '' && (previous === undefined || previous === '')) continue;
    kept.push(line);
  }
  while (kept[kept.length - 1] === '') kept.pop();
  return kept.join('\n');
}
