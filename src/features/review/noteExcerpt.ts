const MAX_WORDS = 6;
const MAX_CHARS = 48;

/**
 * The first words of a note, on one line, to name the buttons that act on it
 * ("Edit note: The status page said…"). Empty when the note has no text.
 */
export function noteExcerpt(text: string): string {
  const words = text
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '');
  let excerpt = words.slice(0, MAX_WORDS).join(' ');
  let cut = words.length > MAX_WORDS;
  if (excerpt.length > MAX_CHARS) {
    excerpt = excerpt.slice(0, MAX_CHARS).trimEnd();
    cut = true;
  }
  return cut ? `${excerpt}…` : excerpt;
}
