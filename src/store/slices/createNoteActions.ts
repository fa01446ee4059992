import { NOTE_CATEGORIES, type Note } from '../../domain/model';
import { MAX_NOTE_OFFSET_PX } from '../../domain/schema/reviewRecordSchemas';
import type { AppActions, NotePatch } from '../AppState';
import { requireCurrent, type Editor } from '../editing/createEditor';
import { putRecord, deleteRecord } from '../../domain/reviewGateway';
import type { StoreContext } from '../StoreDeps';

/** The checks the Gapline file format makes, so the store never holds what it cannot save. */
function assertFields(fields: NotePatch): void {
  if (fields.at !== undefined && !Number.isFinite(fields.at)) {
    throw new RangeError('A note needs a valid moment.');
  }
  if (
    fields.offsetY !== undefined &&
    !(Math.abs(fields.offsetY) <= MAX_NOTE_OFFSET_PX) // also refuses NaN
  ) {
    throw new RangeError('A note cannot sit that far from the timeline.');
  }
  if (fields.category !== undefined && !NOTE_CATEGORIES.includes(fields.category)) {
    throw new RangeError(`Unknown note category: ${String(fields.category)}`);
  }
}

/** Sticky notes: each action is one operation on one note, saved in one transaction. */
export function createNoteActions(
  ctx: StoreContext,
  editor: Editor,
): Pick<AppActions, 'addNote' | 'updateNote' | 'deleteNote'> {
  const find = (id: string): Note => {
    const note = requireCurrent(ctx).notes.find((n) => n.id === id);
    if (note === undefined) throw new Error(`Note ${id} is not in this review.`);
    return note;
  };
  return {
    async addNote(input) {
      const current = requireCurrent(ctx);
      assertFields(input);
      const now = ctx.now();
      const record: Note = {
        id: ctx.newId(),
        reviewId: current.review.id,
        text: input.text,
        category: input.category,
        author: input.author,
        at: input.at,
        onGap: input.onGap,
        offsetY: input.offsetY,
        createdBy: input.author,
        createdAt: now,
        updatedAt: now,
      };
      await editor.commit([putRecord('notes', record)]);
      return record.id;
    },

    async updateNote(id, patch) {
      const existing = find(id);
      assertFields(patch);
      const record: Note = { ...existing, ...patch, updatedAt: ctx.now() };
      await editor.commit([putRecord('notes', record)]);
    },

    async deleteNote(id) {
      find(id);
      await editor.commit([deleteRecord('notes', id)]);
    },
  };
}
