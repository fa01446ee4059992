/**
 * `repeat` (`../shared/spec/checks.md`): a message is a near-duplicate of the previous
 * customer message (word similarity ≥ 0.8) and adds nothing: the only new words are times
 * (the next-update time changed) or there are none (a sentence was dropped). A change of
 * status or kind, or any new fact, does not fire; nor does a cross-post, or a shorter
 * version of another channel's message.
 */
import type { CheckRule } from '../checkContext';
import { messageStatus } from '../messageStatus';
import { originalMessages } from '../originalMessages';
import { formatInstant } from '../../time/formatInstant';
import { newTokens } from '../text/newTokens';
import { quote } from '../text/quote';
import { similarity } from '../text/similarity';

const THRESHOLD = 0.8;

/** Words that only say when: numbers, units, zones and the little words around them. */
const TIME_WORDS = new Set(
  (
    'minutes minute mins min m hours hour hrs hr h utc gmt bst cet cest et est edt pt pst pdt ct ' +
    'cst cdt am pm a p at in by within around about approximately next another the an of on ' +
    'tomorrow today tonight noon midnight one two three four five ten fifteen twenty thirty ' +
    'forty sixty ninety half minutos minuto hora horas en las la dentro de sobre hacia unos ' +
    'unas una un media y manana hoy peninsular madrid proxima nueva otra tarde noche mediodia'
  ).split(' '),
);

const onlyTimes = (tokens: readonly string[]): boolean =>
  tokens.every((t) => /^\d+$/.test(t) || TIME_WORDS.has(t.normalize('NFD').replace(/\p{M}/gu, '')));

export const repeat: CheckRule = {
  id: 'repeat',
  suggestion: {
    en: 'Add something new in each update: what changed, what was tried, what customers can do now.',
    es: 'Añade algo nuevo en cada actualización: qué ha cambiado, qué se ha probado, qué pueden hacer ahora los clientes.',
  },
  check: ({ messages, displayZone }) => {
    const originals = originalMessages(messages);
    return originals.flatMap((message, i) => {
      const previous = originals[i - 1];
      if (previous === undefined || message.language === 'unknown') return [];
      if (previous.communication.kind !== message.communication.kind) return [];
      const sameChannel = previous.communication.channelId === message.communication.channelId;
      if (!sameChannel && message.tokens.length < previous.tokens.length) return [];
      const score = similarity(previous.tokens, message.tokens, THRESHOLD);
      if (score < THRESHOLD) return [];
      if (!onlyTimes(newTokens(previous.tokens, message.tokens))) return [];
      if (messageStatus(previous) !== messageStatus(message)) return [];
      const when = formatInstant(previous.communication.instant, displayZone);
      const text = quote(previous.text, 80);
      const ratio = score.toFixed(2);
      return [
        {
          message,
          evidence: {
            en: `Near-duplicate (similarity ${ratio}) of the previous message, ${when} (${previous.channel}): ${text}.`,
            es: `Casi idéntico (similitud ${ratio}) al mensaje anterior, ${when} (${previous.channel}): ${text}.`,
          },
        },
      ];
    });
  },
};
