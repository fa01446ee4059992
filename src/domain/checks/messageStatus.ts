/**
 * The status a customer message states, as a rank: 0 investigating, 1 identified or fixing,
 * 2 monitoring or working again, 3 resolved (`../shared/spec/checks.md`,
 * `inconsistent-channels`). A Statuspage update's own `status` field where there is one;
 * otherwise the text's furthest status word that is not negated; a resolution message with
 * no status word is resolved. Null when nothing says.
 */
import type { CheckMessage } from './checkContext';
import { STATUS_NEGATIONS, STATUS_WORDS } from './phrases/statusWords';
import { clauseBefore } from './text/clauseBefore';
import { matchPhrases } from './text/matchPhrases';

export type StatusRank = 0 | 1 | 2 | 3;

const FIELD: Readonly<Record<string, StatusRank>> = {
  investigating: 0,
  identified: 1,
  in_progress: 1,
  monitoring: 2,
  verifying: 2,
  resolved: 3,
  completed: 3,
};

export const STATUS_NAMES: readonly { readonly en: string; readonly es: string }[] = [
  { en: 'investigating', es: 'investigando' },
  { en: 'identified / fixing', es: 'identificado / arreglando' },
  { en: 'monitoring / working again', es: 'en observación / funciona de nuevo' },
  { en: 'resolved', es: 'resuelto' },
];

export function textStatus(message: CheckMessage): StatusRank | null {
  if (message.language === 'unknown') return null;
  const negations = STATUS_NEGATIONS[message.language];
  let found: StatusRank | null = null;
  STATUS_WORDS.forEach((words, rank) => {
    const stated = matchPhrases(message, words).some(
      (m) => !negations.some((re) => re.test(clauseBefore(message.folded, m.index, 40))),
    );
    if (stated) found = rank as StatusRank;
  });
  return found;
}

export function messageStatus(message: CheckMessage): StatusRank | null {
  const field = message.communication.sourceStatus;
  if (field !== null && FIELD[field] !== undefined) return FIELD[field];
  const fromText = textStatus(message);
  if (fromText !== null) return fromText;
  return message.communication.kind === 'resolution' ? 3 : null;
}
