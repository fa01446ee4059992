/** `non-apology` (`../shared/spec/checks.md`): the hedged "sorry for any inconvenience". */
import type { CheckRule } from '../checkContext';
import { originalMessages } from '../originalMessages';
import { APOLOGY_CLICHES, GENERIC_NOUNS, NAMED_HARM } from '../phrases/apologyCliches';
import { matchPhrases } from '../text/matchPhrases';
import { quote } from '../text/quote';

export const nonApology: CheckRule = {
  id: 'non-apology',
  suggestion: {
    en: 'Apologise for the actual harm in plain words: what customers could not do, and for how long.',
    es: 'Pide perdón por el daño concreto, con palabras claras: qué no pudieron hacer los clientes y durante cuánto tiempo.',
  },
  check: ({ messages }) =>
    originalMessages(messages).flatMap((message) => {
      const cliche = matchPhrases(message, APOLOGY_CLICHES).find(
        (m) =>
          !(
            GENERIC_NOUNS.test(message.folded.slice(m.index, m.end)) &&
            NAMED_HARM.test(message.folded.slice(m.end, m.end + 40))
          ),
      );
      if (cliche === undefined) return [];
      const words = quote(cliche.words);
      return [{ message, evidence: { en: words, es: words } }];
    }),
};
