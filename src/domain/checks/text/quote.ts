/** Evidence text: whitespace collapsed, cut at `max` characters with `…`, in double quotes. */
export function quote(text: string, max = 120): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  const cut = flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
  return `"${cut}"`;
}
