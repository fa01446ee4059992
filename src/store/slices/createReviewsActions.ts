import { putRecord } from '../../domain/reviewGateway';
import { PlanActionSchema } from '../../domain/schema/reviewRecordSchemas';
import type { AppActions } from '../AppState';
import type { Editor } from '../editing/createEditor';
import { withBase } from '../operations/withBases';
import type { CreatedReviewHandOff } from '../createdReviewHandOff';
import type { Saver } from '../saving/createSaver';
import type { StoreContext } from '../StoreDeps';
import { validRecord } from '../workshop/validRecord';

/**
 * The list of reviews. Creating and deleting whole reviews are storage calls the caller
 * waits for (an import dialog, a confirm dialog): they reject when the write fails.
 */
/** Reviews with at least this many communications are written in chunks (with progress). */
export const CHUNKED_WRITE_MIN = 5_000;

export function createReviewsActions(
  ctx: StoreContext,
  saver: Saver,
  editor: Editor,
  handOff: CreatedReviewHandOff,
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

    async createReviews(data, options = {}) {
      const { onProgress, signal } = options;
      const ids: string[] = [];
      const total = data.reduce((n, r) => n + r.communications.length, 0);
      let done = 0;
      try {
        for (const review of data) {
          signal?.throwIfAborted();
          const { gateway } = ctx;
          const size = review.communications.length;
          const chunked = gateway.createReviewChunked?.bind(gateway);
          if (chunked !== undefined && size >= CHUNKED_WRITE_MIN) {
            const before = done;
            const progress = (written: number) => onProgress?.(before + written, total);
            await saver.track(() => chunked(review, progress, signal));
          } else {
            await saver.track(() => gateway.createReview(review));
          }
          done += size;
          onProgress?.(done, total);
          // The first one is the one the app opens next: hand it over, no read back.
          if (ids.length === 0) handOff.keep(review);
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
