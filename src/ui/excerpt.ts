/**
 * The first words of a text on one line, to name the buttons that act on it
 * ("Edit note: The status page said…"): at most `maxWords` words and `maxChars`
 * characters, with an ellipsis when cut. Empty for an empty text.
 */
export function excerpt(text: string, maxWords = 8, maxChars = 60): string {
  const words = text
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '');
  let short = words.slice(0, maxWords).join(' ');
  let cut = words.length > maxWords;
  if (short.length > maxChars) {
    short = short.slice(0, maxChars).trimEnd();
    cut = true;
  }
  return cut ? `${short}…` : short;
}
