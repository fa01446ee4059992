/**
 * Asks a presenter window to show a screenshot, over the app's BroadcastChannel
 * (`gapline`, same origin and device). Features may not import src/app, so this is the
 * one message the preparation view sends itself; its shape is
 * `{type: 'show-attachment', reviewId, attachmentId, from}` (`from`: a random sender id).
 */
import { newId } from '../../../domain/newId';

export const CHANNEL_NAME = 'gapline';

export interface ShowAttachmentMessage {
  readonly type: 'show-attachment';
  readonly reviewId: string;
  readonly attachmentId: string;
  readonly from: string;
}

/**
 * Posts the request on a channel opened for it (a message already posted is delivered
 * after the sender closes); false where the browser has no BroadcastChannel or it failed.
 */
export function showAttachmentInPresenter(reviewId: string, attachmentId: string): boolean {
  const Channel = globalThis.BroadcastChannel;
  if (typeof Channel !== 'function') return false;
  try {
    const channel = new Channel(CHANNEL_NAME);
    const message: ShowAttachmentMessage = {
      type: 'show-attachment',
      reviewId,
      attachmentId,
      from: newId(),
    };
    channel.postMessage(message);
    channel.close();
    return true;
  } catch {
    return false;
  }
}
