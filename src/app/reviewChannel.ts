/**
 * The windows of one browser talking about the reviews they show, over a BroadcastChannel
 * named `gapline` (same origin, same device; nothing leaves the browser). A write tells
 * the others to re-read the review; a facilitator's window tells a presenter window what
 * part of the timeline it shows and what it points at.
 */
import { newId } from '../domain/newId';
import type { TimelineItemRef, TimelineView } from '../store/AppState';

export const REVIEW_CHANNEL_NAME = 'gapline';

/** What a window says, before the channel stamps it with the sender. */
export type ReviewChannelEvent =
  /** The review was written (edit, create, delete): read it again. */
  | { readonly type: 'review-changed'; readonly reviewId: string }
  /** The facilitator's visible window of the timeline (null: fit). */
  | { readonly type: 'view'; readonly reviewId: string; readonly view: TimelineView | null }
  /** What the facilitator highlights on the timeline. */
  | { readonly type: 'focus'; readonly reviewId: string; readonly focus: TimelineItemRef | null }
  /** A presenter window just opened the review: facilitators, send your view and focus. */
  | { readonly type: 'view-request'; readonly reviewId: string }
  /** Show this screenshot full screen in the presenter window (null: back to the timeline). */
  | {
      readonly type: 'show-attachment';
      readonly reviewId: string;
      readonly attachmentId: string | null;
    };

/** A message on the wire: the event and the random id of the window that sent it. */
export type ReviewChannelMessage = ReviewChannelEvent & { readonly from: string };

export interface ReviewChannel {
  /** This window's random id (the `from` of what it posts). */
  readonly windowId: string;
  /** Sends to the other windows; never throws (a closed channel drops the message). */
  post(event: ReviewChannelEvent): void;
  /** Every well-formed message that arrives; returns the unsubscribe function. */
  subscribe(listener: (message: ReviewChannelMessage) => void): () => void;
  close(): void;
}

/** The part of `BroadcastChannel` this module uses (tests pass a fake). */
export interface BroadcastPort {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  close(): void;
}

type Fields = Readonly<Record<string, unknown>>;

const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isView = (value: unknown): value is TimelineView | null =>
  value === null ||
  (isObject(value) &&
    typeof value.start === 'number' &&
    typeof value.end === 'number' &&
    Number.isFinite(value.start) &&
    Number.isFinite(value.end));

const isItemRef = (value: unknown): value is TimelineItemRef | null =>
  value === null ||
  (isObject(value) &&
    (value.kind === 'communication' || value.kind === 'note') &&
    typeof value.id === 'string');

/** Lenient at the edge: anything that is not one of our messages is ignored. */
export function parseReviewChannelMessage(data: unknown): ReviewChannelMessage | null {
  if (!isObject(data) || typeof data.from !== 'string' || typeof data.reviewId !== 'string') {
    return null;
  }
  const { from, reviewId } = data;
  switch (data.type) {
    case 'review-changed':
    case 'view-request':
      return { type: data.type, reviewId, from };
    case 'view':
      return isView(data.view) ? { type: 'view', reviewId, view: data.view, from } : null;
    case 'focus':
      return isItemRef(data.focus) ? { type: 'focus', reviewId, focus: data.focus, from } : null;
    case 'show-attachment':
      return data.attachmentId === null || typeof data.attachmentId === 'string'
        ? { type: 'show-attachment', reviewId, attachmentId: data.attachmentId, from }
        : null;
    default:
      return null;
  }
}

/** A review channel on a port (a BroadcastChannel in the app). */
export function createReviewChannel(port: BroadcastPort, windowId: string): ReviewChannel {
  let open = true;
  const listeners = new Set<(message: ReviewChannelMessage) => void>();
  const onMessage = (event: MessageEvent): void => {
    const message = parseReviewChannelMessage(event.data);
    if (message === null) return;
    for (const listener of [...listeners]) listener(message);
  };
  port.addEventListener('message', onMessage);
  return {
    windowId,
    post(event) {
      if (!open) return;
      try {
        port.postMessage({ ...event, from: windowId });
      } catch {
        // Another window missing one message is not worth failing the caller for.
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      if (!open) return;
      open = false;
      listeners.clear();
      port.removeEventListener('message', onMessage);
      port.close();
    },
  };
}

export interface OpenReviewChannelOptions {
  /** This window's id; default a random UUID. */
  readonly windowId?: string;
  /** The BroadcastChannel constructor; default the browser's (tests pass a fake or `undefined`). */
  readonly BroadcastChannel?: (new (name: string) => BroadcastPort) | undefined;
}

/**
 * The app's channel, or null where the browser has no BroadcastChannel (then every window
 * works on its own, without live sync).
 */
export function openReviewChannel(options: OpenReviewChannelOptions = {}): ReviewChannel | null {
  const Channel =
    'BroadcastChannel' in options ? options.BroadcastChannel : globalThis.BroadcastChannel;
  if (typeof Channel !== 'function') return null;
  try {
    return createReviewChannel(new Channel(REVIEW_CHANNEL_NAME), options.windowId ?? newId());
  } catch {
    return null;
  }
}
