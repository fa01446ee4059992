import type { CheckMessage } from '../checkContext';
import type { PhraseSet } from '../phrases/phraseSet';
import { findMatches, type PhraseMatch } from './findMatches';

/** Matches of a phrase set in a message, in its own language; none for an unknown language. */
export function matchPhrases(message: CheckMessage, set: PhraseSet): PhraseMatch[] {
  if (message.language === 'unknown') return [];
  return findMatches(message.folded, message.text, set[message.language]);
}
