import type { AppActions } from '../AppState';
import type { Editor } from '../editing/createEditor';
import { applyOperations } from '../operations/applyOperations';
import type { Saver } from '../saving/createSaver';
import type { StoreContext } from '../StoreDeps';

/** Opening and closing a review, and the display time zone. */
export function createCurrentActions(
  ctx: StoreContext,
  saver: Saver,
  editor: Editor,
): Pick<AppActions, 'openReview' | 'closeReview' | 'setDisplayTimeZone'> {
  /** Bumped on every open/close, so a slow load cannot replace a newer choice. */
  let generation = 0;

  return {
    async openReview(id) {
      const mine = ++generation;
      editor.reset();
      ctx.set({ current: null, currentStatus: 'loading' });
      // Writes already queued must land before the read, or it would miss them.
      await saver.flush();
      // A review that cannot be read (incomplete, storage failing) cannot be opened either.
      const data = await ctx.gateway.loadReview(id).catch(() => null);
      if (mine !== generation) return;
      if (data === null) {
        ctx.set({ current: null, currentStatus: 'missing' });
        return;
      }
      // Edits whose write failed live only in memory: keep them on reopening.
      const unsaved = saver.unsaved(id);
      ctx.set({
        current: unsaved.length === 0 ? data : applyOperations(data, unsaved),
        currentStatus: 'ready',
      });
    },

    closeReview() {
      generation += 1;
      editor.reset();
      ctx.set({ current: null, currentStatus: 'idle' });
    },

    setDisplayTimeZone(zone) {
      ctx.set({ displayTimeZone: zone });
    },
  };
}
