/**
 * `no-workaround` (`../shared/spec/checks.md`): the preparation records a workaround and no
 * customer message mentions one. A message mentions it with workaround words, or with the
 * recorded workaround's own words (at least 80% of those of four letters or more). A long message in an unknown language might
 * mention it: then the rule stays silent.
 */
import type { CheckMessage, CheckRule } from '../checkContext';
import { WORKAROUND_MENTIONS } from '../phrases/workaroundMentions';
import { containment } from '../text/containment';
import { foldText } from '../text/foldText';
import { matchPhrases } from '../text/matchPhrases';
import { quote } from '../text/quote';

/** Words of four letters or more that carry meaning ("use", "usar", "with" do not). */
const FILLER =
  /^(?:that|this|with|from|your|they|their|have|will|instead|para|como|pueden|puede|usar|utilizar)$/;
const contentWords = (text: string): string[] =>
  (foldText(text.normalize('NFC')).match(/[a-z0-9]{4,}/g) ?? []).filter((w) => !FILLER.test(w));

function mentions(message: CheckMessage, recorded: readonly string[]): boolean | null {
  if (matchPhrases(message, WORKAROUND_MENTIONS).length > 0) return true;
  if (recorded.length > 0) {
    const words = message.folded.match(/[a-z0-9]{4,}/g) ?? [];
    if (containment(recorded, words) >= 0.8) return true;
  }
  if (message.language === 'unknown' && message.tokens.length >= 5) return null;
  return false;
}

export const noWorkaround: CheckRule = {
  id: 'no-workaround',
  suggestion: {
    en: 'Tell customers about the workaround while the fix is under way: what they can do instead.',
    es: 'Cuenta a los clientes la solución alternativa mientras se arregla: qué pueden hacer mientras tanto.',
  },
  check: ({ preparation, messages }) => {
    if (preparation?.workaroundAvailable !== true) return [];
    const recorded = contentWords(preparation.workaround);
    let unsure = false;
    for (const message of messages) {
      const said = mentions(message, recorded);
      if (said === true) return [];
      if (said === null) unsure = true;
    }
    if (unsure) return [];
    const text = preparation.workaround.trim();
    return [
      {
        message: null,
        evidence:
          text === ''
            ? {
                en: 'The preparation records a workaround; no customer message mentions one.',
                es: 'La preparación registra una solución alternativa; ningún mensaje a clientes la menciona.',
              }
            : {
                en: `Workaround in the preparation: ${quote(text, 100)}; no customer message mentions one.`,
                es: `Solución alternativa en la preparación: ${quote(text, 100)}; ningún mensaje a clientes la menciona.`,
              },
      },
    ];
  },
};
