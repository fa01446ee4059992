/**
 * `over-promise` (`../shared/spec/checks.md`): an update gave a confident short fix ETA and
 * service came back much later: at least 20 minutes past the promised moment and after at
 * least twice the promised window. Vague words count as 15 minutes.
 */
import type { CheckRule } from '../checkContext';
import { originalMessages } from '../originalMessages';
import { formatMinutes } from '../text/formatMinutes';
import { quote } from '../text/quote';
import { promiseDeadline } from '../time/promiseDeadline';
import { readFixEta } from '../time/readFixEta';
import { restoredAt } from '../time/restoredAt';
import { formatInstant } from '../../time/formatInstant';

const MINUTE = 60_000;
const PAST_PROMISE = 20 * MINUTE;

export const overPromise: CheckRule = {
  id: 'over-promise',
  suggestion: {
    en: 'Give a fix time only when it is confirmed; otherwise say what you are doing and when the next update will come.',
    es: 'Da una hora de arreglo solo cuando esté confirmada; si no, di qué estáis haciendo y cuándo llegará la próxima actualización.',
  },
  check: ({ messages, incident, displayZone }) =>
    originalMessages(messages).flatMap((message) => {
      if (message.communication.kind !== 'update') return [];
      const eta = readFixEta(message);
      if (eta === null) return [];
      const from = message.communication.instant;
      const promised = promiseDeadline(eta.time, message, incident);
      const back = restoredAt(messages, message, incident);
      if (promised === null || back === null || promised <= from) return [];
      const window = promised - from;
      if (back - promised < PAST_PROMISE || back - from < 2 * window) return [];
      const words = quote(eta.words, 80);
      const due = formatInstant(promised, displayZone);
      const came = formatInstant(back, displayZone);
      const elapsed = formatMinutes((back - from) / MINUTE);
      return [
        {
          message,
          evidence: {
            en: `${words} (about ${due}${eta.vague ? '; vague words count as 15 min' : ''}); service came back at ${came}, ${elapsed} after this message.`,
            es: `${words} (hacia las ${due}${eta.vague ? '; las palabras vagas cuentan como 15 min' : ''}); el servicio volvió a las ${came}, ${elapsed} después de este mensaje.`,
          },
        },
      ];
    }),
};
