import type { ReviewData } from '../../domain/model';
import type { AppActions } from '../AppState';
import type { Saver } from '../saving/createSaver';
import type { StoreContext } from '../StoreDeps';

/**
 * Reading every review whole, for "Back up all reviews". Writes still in flight are waited
 * for first; each review is read in one transaction through the gateway (the list, then
 * one `loadReview` each), and the open review comes from memory, the source of truth, so a
 * backup also holds edits a failed write kept only in this tab.
 */
export function createBackupActions(
  ctx: StoreContext,
  saver: Saver,
): Pick<AppActions, 'loadAllReviews'> {
  return {
    async loadAllReviews() {
      await saver.flush();
      const items = await ctx.gateway.listReviews();
      const current = ctx.get().current;
      const reviews: ReviewData[] = [];
      for (const item of items) {
        const id = item.review.id;
        const data = current?.review.id === id ? current : await ctx.gateway.loadReview(id);
        // A review deleted meanwhile (another tab) is simply not in the backup.
        if (data !== null) reviews.push(data);
      }
      return reviews;
    },
  };
}
