const MAX_WORDS = 8;
const MAX_CHARS = 60;

/** The first words of a text on one line, to name the buttons that act on it. */
export function excerpt(text: string): string {
  const words = text
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '');
  let short = words.slice(0, MAX_WORDS).join(' ');
  let cut = words.length > MAX_WORDS;
  if (short.length > MAX_CHARS) {
    short = short.slice(0, MAX_CHARS).trimEnd();
    cut = true;
  }
  return cut ? `${short}…` : short;
}
