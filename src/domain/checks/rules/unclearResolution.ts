/**
 * `unclear-resolution` (`../shared/spec/checks.md`): a resolution message that does not
 * clearly say the problem is resolved (hedged, or no statement at all), or says nothing
 * about whether customer data was lost or needs action.
 */
import type { CheckRule, Localized } from '../checkContext';
import { originalMessages } from '../originalMessages';
import { DATA_STATEMENTS } from '../phrases/dataStatements';
import { matchPhrases } from '../text/matchPhrases';
import { quote } from '../text/quote';
import { readResolution } from '../text/readResolution';

export const unclearResolution: CheckRule = {
  id: 'unclear-resolution',
  suggestion: {
    en: 'Say plainly that it is fixed and since when, and whether any data was lost or customers need to do anything.',
    es: 'Di claramente que está arreglado y desde cuándo, y si se perdieron datos o los clientes tienen que hacer algo.',
  },
  check: ({ messages }) =>
    originalMessages(messages).flatMap((message) => {
      if (message.communication.kind !== 'resolution' || message.language === 'unknown') return [];
      const { clear, hedged } = readResolution(message);
      const data = matchPhrases(message, DATA_STATEMENTS).length > 0;
      if (clear !== null && data) return [];
      const parts: Localized[] = [];
      if (clear === null && hedged !== null) {
        const words = quote(hedged.words, 80);
        parts.push({ en: `hedged: ${words}`, es: `con reservas: ${words}` });
      } else if (clear === null) {
        parts.push({
          en: 'no clear statement that the problem is resolved',
          es: 'no dice claramente que el problema esté resuelto',
        });
      }
      if (!data) {
        parts.push({
          en: 'nothing about lost data or action customers need to take',
          es: 'nada sobre datos perdidos o acciones que deban tomar los clientes',
        });
      }
      const join = (lang: keyof Localized): string => {
        const text = parts.map((p) => p[lang]).join('; ');
        return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
      };
      return [{ message, evidence: { en: join('en'), es: join('es') } }];
    }),
};
