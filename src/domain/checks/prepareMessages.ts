/**
 * The customer messages of an incident, ready for the rules: every communication that is
 * not `internal`, sorted by instant then import order, with its language, folded text and
 * word tokens. A message that copies an earlier one on another channel within
 * `CROSS_POST_WINDOW_MS` (similarity ≥ 0.8, or ≥ 0.8 of its words found in it when shorter)
 * is marked as its cross-post.
 */
import { byInstantThenOrder } from '../inTimeOrder';
import type { Channel, Communication } from '../model';
import type { CheckMessage } from './checkContext';
import { detectLanguage } from './detectLanguage';
import { containment } from './text/containment';
import { foldText } from './text/foldText';
import { similarity } from './text/similarity';
import { wordTokens } from './text/wordTokens';

export const CROSS_POST_WINDOW_MS = 10 * 60_000;
const SAME = 0.8;

export function prepareMessages(
  communications: readonly Communication[],
  channels: readonly Pick<Channel, 'id' | 'name'>[],
): CheckMessage[] {
  const names = new Map(channels.map((c) => [c.id, c.name]));
  const customer = communications.filter((c) => c.kind !== 'internal').sort(byInstantThenOrder);
  const messages: CheckMessage[] = [];
  for (const [position, communication] of customer.entries()) {
    const text = communication.text.normalize('NFC');
    const tokens = wordTokens(text);
    const base = {
      communication,
      position,
      channel: names.get(communication.channelId) ?? communication.channelId,
      language: detectLanguage(text),
      text,
      folded: foldText(text),
      tokens,
    };
    messages.push({ ...base, crossPostOf: findOriginal(base, messages) });
  }
  return messages;
}

function findOriginal(
  message: Pick<CheckMessage, 'communication' | 'tokens'>,
  earlier: readonly CheckMessage[],
): CheckMessage | null {
  if (message.tokens.length === 0) return null;
  for (let i = earlier.length - 1; i >= 0; i--) {
    const other = earlier[i];
    if (other === undefined) continue;
    if (message.communication.instant - other.communication.instant > CROSS_POST_WINDOW_MS) break;
    if (other.communication.channelId === message.communication.channelId) continue;
    const copies =
      similarity(message.tokens, other.tokens, SAME) >= SAME ||
      (message.tokens.length < other.tokens.length &&
        containment(message.tokens, other.tokens) >= SAME);
    if (copies) return other.crossPostOf ?? other;
  }
  return null;
}
