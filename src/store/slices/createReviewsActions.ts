import { putRecord } from '../../domain/reviewGateway';
import { PlanActionSchema } from '../../domain/schema/reviewRecordSchemas';
import type { AppActions } from '../AppState';
import type { Editor } from '../editing/createEditor';
import { withBase } from '../operations/withBases';
import type { Saver } from '../saving/createSaver';
import type { StoreContext } from '../StoreDeps';
import { validRecord } from '../workshop/validRecord';

/**
 * The list of reviews. Creating and deleting whole reviews are storage calls the caller
 * waits for (an import dialog, a confirm dialog): they reject when the write fails.
 */
export function createReviewsActions(
  ctx: StoreContext,
  saver: Saver,
  editor: Editor,
): Pick<
  AppActions,
  'refreshReviews' | 'createReviews' | 'deleteReview' | 'setEarlierActionStatus'
> {
  async function refreshReviews(): Promise<void> {
    const reviews = await ctx.gateway.listReviews();
    ctx.set({ reviews, reviewsLoaded: true });
  }

  return {
    refreshReviews,

    async createReviews(data) {
      const ids: string[] = [];
      try {
        for (const review of data) {
          await saver.track(() => ctx.gateway.createReview(review));
          ids.push(review.review.id);
        }
      } finally {
        // Show what was written even if a later review failed; a list failure is secondary.
        await refreshReviews().catch(() => undefined);
      }
      return ids;
    },

    async setEarlierActionStatus(reviewId, actionId, status) {
      const item = ctx.get().reviews.find((i) => i.review.id === reviewId);
      const action = item?.pendingActions.find((a) => a.id === actionId);
      if (action === undefined) throw new Error(`Action ${actionId} is not in review ${reviewId}.`);
      const record = { ...action, status, updatedAt: ctx.now() };
      validRecord(PlanActionSchema, record, 'action');
      // Based on the action as listed: a status set here never undoes another window's edit.
      const operation = withBase(putRecord('actions', record), action);
      await saver.track(() => ctx.gateway.apply(reviewId, [operation]));
      ctx.set({
        reviews: ctx.get().reviews.map((i) =>
          i.review.id !== reviewId
            ? i
            : {
                ...i,
                pendingActions: i.pendingActions.map((a) => (a.id === actionId ? record : a)),
              },
        ),
      });
    },

    async deleteReview(id) {
      const { current, reviews } = ctx.get();
      ctx.set({ reviews: reviews.filter((item) => item.review.id !== id) });
      if (current?.review.id === id) {
        editor.reset();
        ctx.set({ current: null, currentStatus: 'idle' });
      }
      try {
        await saver.track(() => ctx.gateway.deleteReview(id));
        saver.forget(id);
      } catch (error) {
        await refreshReviews().catch(() => undefined);
        throw error;
      }
    },
  };
}
