/**
 * How a message says the problem is over: `clear` is the first outright statement ("has
 * been resolved", "ya funciona con normalidad"); `hedged` the first one qualified by a hedge
 * ("should be back to normal now", "parece que ya funciona"). Negated or conditional
 * statements ("not yet resolved", "once it's back", "aún no está resuelto") and partial ones
 * ("restored for some customers") are neither. Overlapping statements share their fate.
 */
import type { CheckMessage } from '../checkContext';
import {
  PARTIAL_AFTER,
  RESOLUTION_HEDGES,
  RESOLUTION_NEGATIONS,
  RESOLVED_STATEMENTS,
} from '../phrases/resolutionStatements';
import { clauseBefore } from './clauseBefore';
import type { PhraseMatch } from './findMatches';
import { matchPhrases } from './matchPhrases';

export interface ResolutionReading {
  readonly clear: PhraseMatch | null;
  readonly hedged: PhraseMatch | null;
}

type Kind = 'clear' | 'hedged' | 'none';

export function readResolution(message: CheckMessage): ResolutionReading {
  if (message.language === 'unknown') return { clear: null, hedged: null };
  const lang = message.language;
  const statements = matchPhrases(message, RESOLVED_STATEMENTS);
  const kinds = statements.map((s): Kind => {
    const before = clauseBefore(message.folded, s.index, 80);
    const lastWords = before.trim().split(/\s+/).slice(-3).join(' ');
    const after = message.folded.slice(s.end, s.end + 40);
    if (RESOLUTION_NEGATIONS[lang].some((re) => re.test(lastWords))) return 'none';
    if (PARTIAL_AFTER[lang].some((re) => re.test(after))) return 'none';
    const clause = before.split(/,|\bbut\b|\band\b|\bpero\b|\by\b/).pop() ?? '';
    if (RESOLUTION_HEDGES[lang].some((re) => re.test(clause))) return 'hedged';
    return 'clear';
  });
  const overlapping = (i: number, j: number): boolean => {
    const a = statements[i];
    const b = statements[j];
    return a !== undefined && b !== undefined && a.index < b.end && b.index < a.end;
  };
  let clear: PhraseMatch | null = null;
  let hedged: PhraseMatch | null = null;
  statements.forEach((s, i) => {
    const group = kinds.filter((_, j) => overlapping(i, j));
    if (group.includes('none')) return;
    if (group.includes('hedged')) hedged ??= s;
    else clear ??= s;
  });
  return { clear, hedged };
}
