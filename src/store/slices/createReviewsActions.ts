import { canonicalReviewData } from '../../domain/canonicalReviewData';
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
  | 'refreshReviews'
  | 'createReviews'
  | 'cancelImportSave'
  | 'dismissImportSave'
  | 'deleteReview'
  | 'setEarlierActionStatus'
> {
  /** The import being saved with its first review open: how to stop it, and its end. */
  let running: { readonly controller: AbortController; readonly done: Promise<unknown> } | null =
    null;

  async function refreshReviews(): Promise<void> {
    const reviews = await ctx.gateway.listReviews();
    ctx.set({ reviews, reviewsLoaded: true });
  }

  return {
    refreshReviews,

    createReviews(imported, options = {}) {
      const { onProgress, signal, onOpenable } = options;
      // In the order storage gives back, once: the list row the gateway makes and the review
      // the app opens are then the same lists, and share what is worked out from them (the
      // gap analysis: a ~60 ms task at 100,000 messages).
      const data = imported.map((review) => canonicalReviewData(review));
      // Stopped by the caller's signal, or by `cancelImportSave` once the review is open.
      const controller = new AbortController();
      const stop = () => controller.abort(signal?.reason);
      if (signal?.aborted === true) stop();
      else signal?.addEventListener('abort', stop, { once: true });
      const first = data[0];
      const chunked = ctx.gateway.createReviewChunked?.bind(ctx.gateway);
      // A big review imported alone opens before it is written: from memory, as imported.
      // (With several, a failure could leave some stored and some not: they open once all
      // are saved, like every other import.)
      const early =
        onOpenable !== undefined &&
        first !== undefined &&
        data.length === 1 &&
        chunked !== undefined &&
        first.communications.length >= CHUNKED_WRITE_MIN;
      const total = data.reduce((n, r) => n + r.communications.length, 0);

      const write = async (): Promise<readonly string[]> => {
        const ids: string[] = [];
        let done = 0;
        const report = (written: number) => {
          onProgress?.(written, total);
          const shown = ctx.get().importSave;
          if (early && shown !== null) ctx.set({ importSave: { ...shown, written } });
        };
        try {
          for (const review of data) {
            controller.signal.throwIfAborted();
            const size = review.communications.length;
            if (chunked !== undefined && size >= CHUNKED_WRITE_MIN) {
              const before = done;
              const progress = (written: number) => report(before + written);
              await saver.track(() => chunked(review, progress, controller.signal));
            } else {
              await saver.track(() => ctx.gateway.createReview(review));
            }
            done += size;
            report(done);
            // The first one is the one the app opens next: hand it over, no read back (an
            // early-opened one was handed over before it was written).
            if (ids.length === 0 && !early) handOff.keep(review);
            ids.push(review.review.id);
          }
        } finally {
          // Show what was written even if a later review failed; a list failure is secondary.
          await refreshReviews().catch(() => undefined);
        }
        return ids;
      };

      if (!early) return write();
      handOff.keep(first);
      ctx.set({ importSave: { reviewId: first.review.id, written: 0, total, error: null } });
      const done = write().then(
        (ids) => {
          ctx.set({ importSave: null });
          return ids;
        },
        (error: unknown) => {
          const aborted = controller.signal.aborted;
          ctx.set({
            importSave: aborted
              ? null
              : {
                  reviewId: first.review.id,
                  written: 0,
                  total,
                  error: error instanceof Error ? error.message : String(error),
                },
          });
          // Nothing of it is stored: it cannot be opened again from memory, and edits made
          // meanwhile have nowhere to go.
          handOff.take(first.review.id);
          const forget = () => {
            for (const review of data) saver.forget(review.review.id);
          };
          // After the edits queued behind the import have failed too.
          void saver.flush().then(forget, forget);
          throw error;
        },
      );
      const mine = { controller, done };
      running = mine;
      void done
        .finally(() => {
          if (running === mine) running = null;
        })
        .catch(() => undefined);
      onOpenable(data.map((r) => r.review.id));
      return done;
    },

    async cancelImportSave() {
      const current = running;
      if (current === null) return;
      current.controller.abort();
      await current.done.catch(() => undefined);
    },

    dismissImportSave() {
      const shown = ctx.get().importSave;
      if (shown !== null && shown.error !== null) ctx.set({ importSave: null });
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
