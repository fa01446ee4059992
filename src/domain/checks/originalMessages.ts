import type { CheckMessage } from './checkContext';

/** The messages that are not cross-posts of another channel's message. */
export function originalMessages(messages: readonly CheckMessage[]): CheckMessage[] {
  return messages.filter((m) => m.crossPostOf === null);
}
