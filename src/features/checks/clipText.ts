/**
 * A long message shortened for a list: its words on one line, cut at a word boundary
 * within `maxChars`, with an ellipsis. Null when the text is short enough to show whole
 * (at most `maxChars` characters and `maxLines` lines).
 */
export function clipText(text: string, maxChars = 180, maxLines = 3): string | null {
  const trimmed = text.trim();
  if (trimmed.length <= maxChars && trimmed.split('\n').length <= maxLines) return null;
  const flat = trimmed.replace(/\s+/g, ' ');
  if (flat.length <= maxChars) return flat;
  const cut = flat.slice(0, maxChars);
  const space = cut.lastIndexOf(' ');
  return `${(space > maxChars / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
