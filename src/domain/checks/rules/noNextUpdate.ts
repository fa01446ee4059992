/**
 * `no-next-update` (`../shared/spec/checks.md`): an update that gives no clock time or
 * interval for the next update. Resolutions and follow-ups are never flagged.
 */
import type { CheckRule } from '../checkContext';
import { originalMessages } from '../originalMessages';
import { VAGUE_UPDATE_WORDS } from '../phrases/vagueUpdateWords';
import { matchPhrases } from '../text/matchPhrases';
import { quote } from '../text/quote';
import { sentenceAround } from '../text/sentenceAround';
import { readNextUpdatePromises } from '../time/readNextUpdatePromises';

export const noNextUpdate: CheckRule = {
  id: 'no-next-update',
  suggestion: {
    en: 'Say when the next update will come ("next update in 30 minutes", "by 14:30 UTC"), even if there is no news yet.',
    es: 'Di cuándo llegará la próxima actualización ("próxima actualización en 30 minutos", "a las 14:30 UTC"), aunque aún no haya novedades.',
  },
  check: ({ messages }) =>
    originalMessages(messages).flatMap((message) => {
      if (message.communication.kind !== 'update' || message.language === 'unknown') return [];
      if (readNextUpdatePromises(message.folded, message.text).length > 0) return [];
      const vague = matchPhrases(message, VAGUE_UPDATE_WORDS)[0];
      if (vague === undefined) {
        return [
          {
            message,
            evidence: {
              en: 'No time or interval for the next update.',
              es: 'Sin hora ni intervalo para la próxima actualización.',
            },
          },
        ];
      }
      const words = quote(sentenceAround(message.text, vague.index, vague.end), 140);
      return [
        {
          message,
          evidence: {
            en: `No time for the next update: ${words}.`,
            es: `Sin hora para la próxima actualización: ${words}.`,
          },
        },
      ];
    }),
};
