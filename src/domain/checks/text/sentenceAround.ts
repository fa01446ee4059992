import { clauseAfter } from './clauseAfter';
import { clauseBefore } from './clauseBefore';

/**
 * The sentence around `text[index, end)` for evidence, trimmed to whole words: up to `side`
 * characters before and after, with `…` where it was cut.
 */
export function sentenceAround(text: string, index: number, end: number, side = 60): string {
  let before = clauseBefore(text, index, 200);
  let after = clauseAfter(text, end, 200);
  if (before.length > side) {
    const cut = before.slice(-side);
    before = `…${cut.slice(cut.indexOf(' ') + 1)}`;
  }
  if (after.length > side) {
    const cut = after.slice(0, side);
    after = `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 0))}…`;
  }
  return `${before.trimStart()}${text.slice(index, end)}${after}`.trim();
}
