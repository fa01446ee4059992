import type { RuleId } from '../../domain/checks/ruleIds';
import type { FindingDismissal } from '../../domain/model';
import { deleteRecord, putRecord } from '../../domain/reviewGateway';
import { FindingDismissalSchema } from '../../domain/schema/reviewRecordSchemas';
import type { AppActions } from '../AppState';
import { requireCurrent, type Editor } from '../editing/createEditor';
import type { StoreContext } from '../StoreDeps';
import { validRecord } from '../workshop/validRecord';

/** Dismissing and restoring message-check findings: one saved, undoable write each. */
export function createCheckActions(
  ctx: StoreContext,
  editor: Editor,
): Pick<AppActions, 'dismissFinding' | 'restoreFinding'> {
  return {
    async dismissFinding(rule: RuleId, communicationId: string | null) {
      const current = requireCurrent(ctx);
      const existing = current.dismissals.find(
        (d) => d.rule === rule && d.communicationId === communicationId,
      );
      if (existing !== undefined) return existing.id;
      if (
        communicationId !== null &&
        !current.communications.some((c) => c.id === communicationId)
      ) {
        throw new Error(`Communication ${communicationId} is not in this review.`);
      }
      const record: FindingDismissal = {
        id: ctx.newId(),
        reviewId: current.review.id,
        rule,
        communicationId,
        updatedAt: ctx.now(),
      };
      validRecord(FindingDismissalSchema, record, 'dismissed finding');
      await editor.commit([putRecord('dismissals', record)]);
      return record.id;
    },

    async restoreFinding(id: string) {
      if (!requireCurrent(ctx).dismissals.some((d) => d.id === id)) {
        throw new Error(`Dismissed finding ${id} is not in this review.`);
      }
      await editor.commit([deleteRecord('dismissals', id)]);
    },
  };
}
