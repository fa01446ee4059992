import type { Attachment, Note, WhatIf } from '../../domain/model';
import { deleteRecord, putRecord } from '../../domain/reviewGateway';
import {
  AttachmentSchema,
  NoteSchema,
  WhatIfSchema,
} from '../../domain/schema/reviewRecordSchemas';
import type { AppActions } from '../AppState';
import { requireCurrent, type Editor } from '../editing/createEditor';
import type { StoreContext } from '../StoreDeps';
import { validRecord } from './validRecord';

/** What customers saw (screenshots) and "what if" updates. */
export function createEvidenceActions(
  ctx: StoreContext,
  editor: Editor,
): Pick<
  AppActions,
  | 'addAttachment'
  | 'updateAttachment'
  | 'deleteAttachment'
  | 'addWhatIf'
  | 'deleteWhatIf'
  | 'keepWhatIfAsNote'
> {
  const whatIf = (id: string): WhatIf => {
    const found = requireCurrent(ctx).whatIfs.find((w) => w.id === id);
    if (found === undefined) throw new Error(`What-if ${id} is not in this review.`);
    return found;
  };
  const attachment = (id: string): Attachment => {
    const found = requireCurrent(ctx).attachments.find((a) => a.id === id);
    if (found === undefined) throw new Error(`Attachment ${id} is not in this review.`);
    return found;
  };
  return {
    async addAttachment(input) {
      const current = requireCurrent(ctx);
      const record: Attachment = {
        id: ctx.newId(),
        reviewId: current.review.id,
        ...input,
        updatedAt: ctx.now(),
      };
      validRecord(AttachmentSchema, record, 'screenshot');
      await editor.commit([putRecord('attachments', record)]);
      return record.id;
    },

    async updateAttachment(id, caption) {
      const record: Attachment = { ...attachment(id), caption, updatedAt: ctx.now() };
      validRecord(AttachmentSchema, record, 'screenshot');
      await editor.commit([putRecord('attachments', record)]);
    },

    async deleteAttachment(id) {
      attachment(id);
      await editor.commit([deleteRecord('attachments', id)]);
    },

    async addWhatIf(instant, text) {
      const current = requireCurrent(ctx);
      const record: WhatIf = {
        id: ctx.newId(),
        reviewId: current.review.id,
        instant,
        text,
        updatedAt: ctx.now(),
      };
      validRecord(WhatIfSchema, record, 'what-if update');
      await editor.commit([putRecord('whatIfs', record)]);
      return record.id;
    },

    async deleteWhatIf(id) {
      whatIf(id);
      await editor.commit([deleteRecord('whatIfs', id)]);
    },

    async keepWhatIfAsNote(id, offsetY) {
      const current = requireCurrent(ctx);
      const hypothetical = whatIf(id);
      const now = ctx.now();
      // The idea stays on the timeline as a note; the hypothetical update goes, in one write.
      const note: Note = {
        id: ctx.newId(),
        reviewId: current.review.id,
        text: hypothetical.text,
        category: 'idea',
        author: null,
        at: hypothetical.instant,
        onGap: false,
        offsetY,
        createdBy: null,
        createdAt: now,
        updatedAt: now,
      };
      validRecord(NoteSchema, note, 'note');
      await editor.commit([deleteRecord('whatIfs', id), putRecord('notes', note)]);
      return note.id;
    },
  };
}
