/**
 * The part of the sentence that follows `index`, up to its end (`.`, `!`, `?`, `;` before a
 * space, or a line break) or `max` characters. A colon does not end it ("Next update: 10:30").
 */
export function clauseAfter(text: string, index: number, max = 80): string {
  const window = text.slice(index, index + max);
  const end = /[.!?;](?=\s|$)|[\n\r]/.exec(window);
  return end === null ? window : window.slice(0, end.index);
}
