/**
 * `blame` (`../shared/spec/checks.md`): a third party is presented as the culprit. Naming a
 * provider as helping, fixing or as context does not match; a message that takes earlier
 * blame back does not fire; "beyond our control" counts only next to a named third party.
 */
import type { CheckRule } from '../checkContext';
import { originalMessages } from '../originalMessages';
import {
  BLAME_PHRASES,
  BLAME_RETRACTIONS,
  NEEDS_THIRD_PARTY,
  THIRD_PARTY_EN,
} from '../phrases/blamePhrases';
import { clauseAfter } from '../text/clauseAfter';
import { clauseBefore } from '../text/clauseBefore';
import { matchPhrases } from '../text/matchPhrases';
import { quote } from '../text/quote';

export const blame: CheckRule = {
  id: 'blame',
  suggestion: {
    en: 'Take responsibility towards customers; name a provider only as context ("an outage at our payment provider") and say what you are doing about it.',
    es: 'Asume la responsabilidad ante los clientes; nombra al proveedor solo como contexto ("una caída de nuestro proveedor de pagos") y di qué estáis haciendo.',
  },
  check: ({ messages }) =>
    originalMessages(messages).flatMap((message) => {
      if (matchPhrases(message, BLAME_RETRACTIONS).length > 0) return [];
      const hit = matchPhrases(message, BLAME_PHRASES).find((m) => {
        const words = message.folded.slice(m.index, m.end);
        if (!NEEDS_THIRD_PARTY.test(words)) return true;
        const sentence = `${clauseBefore(message.folded, m.index, 200)} ${clauseAfter(message.folded, m.end, 200)}`;
        return THIRD_PARTY_EN.test(sentence);
      });
      if (hit === undefined) return [];
      const words = quote(hit.words.replace(/^,\s*/, ''));
      return [{ message, evidence: { en: words, es: words } }];
    }),
};
