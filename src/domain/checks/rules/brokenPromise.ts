/**
 * `broken-promise` (`../shared/spec/checks.md`): an update promised the next update by a
 * clock time or within an interval, and the next customer message on any channel came
 * strictly after that deadline. Compared to the second: exactly on time is kept.
 */
import type { CheckRule } from '../checkContext';
import { nextMessage } from '../nextMessage';
import { originalMessages } from '../originalMessages';
import { formatMinutes } from '../text/formatMinutes';
import { quote } from '../text/quote';
import { promiseDeadline } from '../time/promiseDeadline';
import { readNextUpdatePromises } from '../time/readNextUpdatePromises';
import { formatInstant } from '../../time/formatInstant';

const seconds = (ms: number): number => Math.floor(ms / 1000);

export const brokenPromise: CheckRule = {
  id: 'broken-promise',
  suggestion: {
    en: 'Keep the promised time: post when you said you would, even with no news ("still investigating; next update at …").',
    es: 'Cumple la hora prometida: publica cuando dijiste, aunque no haya novedades ("seguimos investigando; próxima actualización a las …").',
  },
  check: ({ messages, incident, displayZone }) =>
    originalMessages(messages).flatMap((message) => {
      if (message.communication.kind !== 'update' || message.language === 'unknown') return [];
      const promise = readNextUpdatePromises(message.folded, message.text)[0];
      if (promise === undefined) return [];
      const deadline = promiseDeadline(promise.time, message, incident);
      const next = nextMessage(messages, message);
      if (deadline === null || next === undefined) return [];
      const at = next.communication.instant;
      if (seconds(at) <= seconds(deadline)) return [];
      const late = formatMinutes((at - deadline) / 60_000);
      const words = quote(promise.words, 80);
      const due = formatInstant(deadline, displayZone);
      const came = formatInstant(at, displayZone);
      return [
        {
          message,
          evidence: {
            en: `Promised ${words} (due ${due}); the next message came ${late} late, at ${came} (${next.channel}).`,
            es: `Prometió ${words} (para las ${due}); el siguiente mensaje llegó ${late} tarde, a las ${came} (${next.channel}).`,
          },
        },
      ];
    }),
};
