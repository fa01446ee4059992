import type { EpochMs, PlanAction, Review } from '../model';
import type { ReviewListItem } from '../reviewGateway';

/** The unfinished actions of one earlier review. */
export interface FollowUpGroup {
  readonly reviewId: string;
  readonly title: string;
  readonly alert: EpochMs | null;
  readonly timeZone: string;
  readonly actions: readonly PlanAction[];
}

/**
 * What the team promised last time and has not finished: the open and in-progress actions
 * of every review created before `current`, newest review first. Last time's actions are
 * what people forget; a new review starts by updating them.
 */
export function followUpActions(
  items: readonly ReviewListItem[],
  current: Pick<Review, 'id' | 'createdAt'>,
): FollowUpGroup[] {
  return items
    .filter(
      (item) =>
        item.review.id !== current.id &&
        item.review.createdAt < current.createdAt &&
        item.pendingActions.length > 0,
    )
    .sort((a, b) => b.review.createdAt - a.review.createdAt)
    .map((item) => ({
      reviewId: item.review.id,
      title: item.incidentTitle,
      alert: item.alert,
      timeZone: item.timeZone,
      actions: item.pendingActions,
    }));
}
