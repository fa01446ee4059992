import type { CheckMessage } from './checkContext';

/**
 * The next customer message after `message` on any channel, skipping its own cross-posts
 * (the same message on another channel is not a new one).
 */
export function nextMessage(
  messages: readonly CheckMessage[],
  message: CheckMessage,
): CheckMessage | undefined {
  return messages.find((m) => m.position > message.position && m.crossPostOf !== message);
}
