import type { AppState, AppStore } from '../store/AppState';
import type { Route } from '../ui/hashRoute';
import type { ReviewChannel, ReviewChannelMessage } from './reviewChannel';

export interface FollowOptions {
  readonly store: AppStore;
  readonly channel: ReviewChannel;
  /** Where this window is now: a `present` window follows, every other one leads. */
  readonly route: () => Route;
}

/** The id of the review the window shows, once it is loaded. */
const openReviewId = (state: AppState): string | null =>
  state.currentStatus === 'ready' ? (state.current?.review.id ?? null) : null;

/**
 * Keeps this window in step with the others on the same device:
 * - another window wrote the open review → `reloadCurrent()` (the review being read: once it
 *   is open); on the home page → `refreshReviews()`;
 * - a facilitator window (any route but `present`) posts its timeline view and focus as
 *   they change, and when it opens a review;
 * - a presenter window applies the view and focus it receives, and asks for them when it
 *   opens the review.
 * Messages from this window itself are ignored. Returns the function that stops it all.
 */
export function followReviewChanges({ store, channel, route }: FollowOptions): () => void {
  const isPresenter = (): boolean => route().name === 'present';
  /** A review another window wrote while this one was reading it: read again once open. */
  let changedWhileLoading: string | null = null;
  const loadingId = (state: AppState): string | null => {
    const now = route();
    return state.currentStatus === 'loading' && now.name !== 'home' && now.name !== 'history'
      ? now.id
      : null;
  };

  const sendView = (reviewId: string, state: AppState): void =>
    channel.post({ type: 'view', reviewId, view: state.timeline.view });
  const sendFocus = (reviewId: string, state: AppState): void =>
    channel.post({ type: 'focus', reviewId, focus: state.timeline.focus });

  function receive(message: ReviewChannelMessage): void {
    if (message.from === channel.windowId) return;
    const state = store.getState();
    const { actions } = state;
    const isOpen = openReviewId(state) === message.reviewId;
    switch (message.type) {
      case 'review-changed':
        if (isOpen) void actions.reloadCurrent();
        else if (loadingId(state) === message.reviewId) changedWhileLoading = message.reviewId;
        else if (route().name === 'home') void actions.refreshReviews().catch(() => undefined);
        return;
      case 'view':
        if (isOpen && isPresenter()) actions.setTimelineView(message.view);
        return;
      case 'focus':
        if (isOpen && isPresenter()) actions.focusTimelineItem(message.focus);
        return;
      case 'show-attachment':
        if (isOpen && isPresenter()) actions.showAttachment(message.attachmentId);
        return;
      case 'view-request':
        if (isOpen && !isPresenter()) {
          sendView(message.reviewId, state);
          sendFocus(message.reviewId, state);
        }
        return;
    }
  }

  function onStoreChange(state: AppState, previous: AppState): void {
    const reviewId = openReviewId(state);
    if (reviewId === null) return;
    const opened = openReviewId(previous) !== reviewId;
    if (opened && changedWhileLoading === reviewId) {
      changedWhileLoading = null;
      void state.actions.reloadCurrent();
    }
    if (isPresenter()) {
      if (opened) channel.post({ type: 'view-request', reviewId });
      return;
    }
    if (opened || state.timeline.view !== previous.timeline.view) sendView(reviewId, state);
    if (opened || state.timeline.focus !== previous.timeline.focus) sendFocus(reviewId, state);
  }

  const unsubscribeChannel = channel.subscribe(receive);
  const unsubscribeStore = store.subscribe(onStoreChange);
  return () => {
    unsubscribeChannel();
    unsubscribeStore();
  };
}
