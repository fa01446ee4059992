/**
 * The part of the clause that comes before `index` in a (folded) text: back to the last
 * sentence or clause end (`.`, `!`, `?`, `;`, `:` followed by a space, or a line break),
 * at most `max` characters. Used to read the words that qualify a match ("should be",
 * "not yet", "parece que").
 */
export function clauseBefore(text: string, index: number, max = 80): string {
  const window = text.slice(Math.max(0, index - max), index);
  let cut = 0;
  const re = /[.!?;:](?=\s)|[\n\r]/g;
  for (let m = re.exec(window); m !== null; m = re.exec(window)) cut = m.index + 1;
  return window.slice(cut);
}
