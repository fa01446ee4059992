/**
 * Turns a Statuspage body (plain text or a little HTML) into plain text, without a DOM so
 * it runs in the CLI too: tags are removed (their text kept), block tags and `<br>` end a
 * line, each list item becomes a line, comments and `<script>`/`<style>` content vanish,
 * character references are decoded. One linear pass, no regex over the whole body. The
 * result is text: nothing here is ever rendered as HTML.
 */
import { decodeHtmlEntity } from './decodeHtmlEntity';

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
  'p',
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

interface Tag {
  readonly name: string;
  readonly closing: boolean;
  /** Index just after `>`. */
  readonly end: number;
}

/** Reads the tag at `start` (`source[start] === '<'`), or null if `<` is plain text. */
function readTag(source: string, start: number): Tag | null {
  let i = start + 1;
  const closing = source[i] === '/';
  if (closing) i++;
  const first = source.charCodeAt(i);
  const isLetter = (first >= 65 && first <= 90) || (first >= 97 && first <= 122);
  if (!isLetter) return null;
  const nameStart = i;
  while (i < source.length && /[a-zA-Z0-9-]/.test(source[i] as string)) i++;
  const name = source.slice(nameStart, i).toLowerCase();
  let quote: string | null = null;
  for (; i < source.length; i++) {
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

export function htmlToText(source: string): string {
  const out: string[] = [];
  let i = 0;
  let textStart = 0;
  let lower: string | null = null;
  const flush = (upTo: number): void => {
    if (upTo > textStart) out.push(source.slice(textStart, upTo));
  };
  while (i < source.length) {
    const ch = source[i];
    if (ch === '&') {
      const entity = decodeHtmlEntity(source, i);
      if (entity !== null) {
        flush(i);
        out.push(entity.text);
        i += entity.length;
        textStart = i;
        continue;
      }
    } else if (ch === '<') {
      if (source.startsWith('<!--', i)) {
        flush(i);
        const close = source.indexOf('-->', i + 4);
        i = close < 0 ? source.length : close + 3;
        textStart = i;
        continue;
      }
      if (source[i + 1] === '!' || source[i + 1] === '?') {
        const close = source.indexOf('>', i);
        if (close >= 0) {
          flush(i);
          i = textStart = close + 1;
          continue;
        }
      }
      const tag = readTag(source, i);
      if (tag !== null) {
        flush(i);
        if (tag.name === 'br' || BLOCK_TAGS.has(tag.name)) out.push('\n');
        else if (tag.name === 'td' || tag.name === 'th') out.push(' ');
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
  return tidyLines(out.join(''));
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
