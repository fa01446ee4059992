/**
 * `no-scope` (`../shared/spec/checks.md`): neither of the first two customer messages names
 * who or what is affected. Statuspage affected components count as scope. A message in an
 * unknown language cannot be read, so the rule stays silent then. Cross-posts are the same
 * message and are skipped. At most one finding, on the first message, and only when that
 * first message is an update: an incident first told as a resolution (a back-filled
 * record) has no acknowledgement to judge.
 */
import type { CheckMessage, CheckRule } from '../checkContext';
import { originalMessages } from '../originalMessages';
import { SCOPE_CUES } from '../phrases/scopeCues';
import { matchPhrases } from '../text/matchPhrases';
import { namesProduct } from '../text/namesProduct';
import { quote } from '../text/quote';

/** True: names scope; false: does not; null: cannot tell. */
function namesScope(message: CheckMessage): boolean | null {
  if (message.communication.affectedComponents.length > 0) return true;
  if (message.language === 'unknown') return null;
  return matchPhrases(message, SCOPE_CUES).length > 0 || namesProduct(message.text);
}

export const noScope: CheckRule = {
  id: 'no-scope',
  suggestion: {
    en: 'Say who is affected and how: which features, regions or plans, or what share of customers.',
    es: 'Di a quién afecta y cómo: qué funciones, regiones o planes, o qué parte de los clientes.',
  },
  check: ({ messages }) => {
    const firstTwo = originalMessages(messages).slice(0, 2);
    const first = firstTwo[0];
    if (first === undefined || first.communication.kind !== 'update') return [];
    if (firstTwo.some((m) => namesScope(m) !== false)) return [];
    const quoted = firstTwo.map((m) => quote(m.text, 80)).join(' / ');
    return [
      {
        message: first,
        evidence: {
          en: `The first messages do not say who or what is affected: ${quoted}.`,
          es: `Los primeros mensajes no dicen a quién ni a qué afecta: ${quoted}.`,
        },
      },
    ];
  },
};
