/** One regex match in a folded text, with the original words it covers. */
export interface PhraseMatch {
  readonly index: number;
  readonly end: number;
  /** The matched words as written in the original text. */
  readonly words: string;
  /** The match in the folded text, with its groups. */
  readonly groups: readonly (string | undefined)[];
}

const globalCopies = new WeakMap<RegExp, RegExp>();

function globalCopy(re: RegExp): RegExp {
  let copy = globalCopies.get(re);
  if (copy === undefined) {
    copy = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
    globalCopies.set(re, copy);
  }
  copy.lastIndex = 0;
  return copy;
}

/**
 * Every match of the patterns in `folded` (see `foldText`), in text order; `original` is the
 * same text before folding (same length), from which the evidence words are taken.
 */
export function findMatches(
  folded: string,
  original: string,
  patterns: readonly RegExp[],
): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  for (const pattern of patterns) {
    const re = globalCopy(pattern);
    for (let m = re.exec(folded); m !== null; m = re.exec(folded)) {
      if (m[0] === '') {
        re.lastIndex++;
        continue;
      }
      const end = m.index + m[0].length;
      found.push({
        index: m.index,
        end,
        words: original.slice(m.index, end).replace(/\s+/gu, ' ').trim(),
        groups: [...m],
      });
    }
  }
  return found.sort((a, b) => a.index - b.index || b.end - a.end);
}
