import type { ReviewData } from '../../domain/model';
import type { AppActions, TimelineUiState } from '../AppState';
import type { Editor } from '../editing/createEditor';
import { applyOperations } from '../operations/applyOperations';
import type { CreatedReviewHandOff } from '../createdReviewHandOff';
import type { Saver } from '../saving/createSaver';
import type { StoreContext } from '../StoreDeps';

export const NO_TIMELINE_UI: TimelineUiState = {
  focus: null,
  editingNoteId: null,
  view: null,
  shownAttachmentId: null,
};

/** Opening and closing a review, the display time zone, and what the timeline shows. */
export function createCurrentActions(
  ctx: StoreContext,
  saver: Saver,
  editor: Editor,
  handOff: CreatedReviewHandOff,
): Pick<
  AppActions,
  | 'openReview'
  | 'reloadCurrent'
  | 'closeReview'
  | 'setDisplayTimeZone'
  | 'focusTimelineItem'
  | 'setEditingNote'
  | 'setTimelineView'
  | 'showAttachment'
> {
  /** Bumped on every open/close, so a slow load cannot replace a newer choice. */
  let generation = 0;
  /** The opening running (or done) for `generation`, if that generation is an opening. */
  let opening: { id: string; generation: number; done: Promise<void> } | null = null;

  async function open(id: string, mine: number): Promise<void> {
    editor.reset();
    ctx.set({ current: null, currentStatus: 'loading', opening: null, timeline: NO_TIMELINE_UI });
    // A review just imported is in memory already (a big one while it is still being
    // written); any other is read, after the writes already queued have landed (or the
    // read would miss them). One that cannot be read (incomplete, storage failing)
    // cannot be opened either.
    const handed = handOff.take(id);
    if (handed === null) {
      await saver.flush();
      showHead(id, mine);
    }
    const data = handed ?? (await ctx.gateway.loadReview(id).catch(() => null));
    if (mine !== generation) return;
    if (data === null) {
      ctx.set({ current: null, currentStatus: 'missing', opening: null });
      return;
    }
    // Edits whose write failed live only in memory: keep them on reopening.
    const unsaved = saver.unsaved(id);
    ctx.set({
      current: unsaved.length === 0 ? data : applyOperations(data, unsaved),
      currentStatus: 'ready',
      opening: null,
    });
  }

  /**
   * The review's head, read beside the whole review where storage offers it: the page
   * names the review while its messages are read (100,000 take about a second here).
   */
  function showHead(id: string, mine: number): void {
    ctx.gateway.loadReviewHead?.(id).then(
      (head) => {
        if (mine === generation && ctx.get().currentStatus === 'loading' && head !== null) {
          ctx.set({ opening: head });
        }
      },
      () => undefined, // The whole read reports the failure.
    );
  }

  return {
    openReview(id) {
      // Asked again while this very opening runs (the page mounting after the app began
      // reading the review it starts on): the same opening, not a second read.
      if (opening !== null && opening.id === id && opening.generation === generation) {
        return opening.done;
      }
      const mine = ++generation;
      const done = open(id, mine);
      opening = { id, generation: mine, done };
      return done;
    },

    async reloadCurrent() {
      const { current, currentStatus } = ctx.get();
      if (current === null || currentStatus !== 'ready') return;
      const id = current.review.id;
      const mine = ++generation;
      for (;;) {
        // Local writes must land before the read (or it would miss them); an edit made
        // while reading means reading again once it is written.
        await saver.flush();
        if (mine !== generation) return;
        if (ctx.get().save.pending > 0) continue;
        const before = ctx.get().current;
        let data: ReviewData | null;
        try {
          data = await ctx.gateway.loadReview(id);
        } catch {
          return; // A failed read keeps what is shown.
        }
        if (mine !== generation) return;
        if (ctx.get().current !== before) continue;
        if (data === null) {
          editor.reset();
          ctx.set({ current: null, currentStatus: 'missing' });
          return;
        }
        const unsaved = saver.unsaved(id);
        ctx.set({ current: unsaved.length === 0 ? data : applyOperations(data, unsaved) });
        return;
      }
    },

    closeReview() {
      generation += 1;
      // A review whose import is still being written cannot be read back yet: it is kept in
      // memory, as shown (with any edit), for the next open.
      const { current, importSave } = ctx.get();
      if (
        current !== null &&
        importSave?.reviewId === current.review.id &&
        importSave.error === null
      ) {
        handOff.keep(current);
      }
      editor.reset();
      ctx.set({ current: null, currentStatus: 'idle', opening: null, timeline: NO_TIMELINE_UI });
    },

    setDisplayTimeZone(zone) {
      ctx.set({ displayTimeZone: zone });
    },

    focusTimelineItem(focus) {
      const { timeline } = ctx.get();
      if (timeline.focus?.id === focus?.id && timeline.focus?.kind === focus?.kind) return;
      ctx.set({ timeline: { ...timeline, focus } });
    },

    setEditingNote(editingNoteId) {
      ctx.set({ timeline: { ...ctx.get().timeline, editingNoteId } });
    },

    setTimelineView(view) {
      ctx.set({ timeline: { ...ctx.get().timeline, view } });
    },

    showAttachment(shownAttachmentId) {
      ctx.set({ timeline: { ...ctx.get().timeline, shownAttachmentId } });
    },
  };
}
