import type { PlanAction, RootCause } from '../../domain/model';
import { deleteRecord, putRecord, type Operation } from '../../domain/reviewGateway';
import { PlanActionSchema, RootCauseSchema } from '../../domain/schema/reviewRecordSchemas';
import type { AppActions } from '../AppState';
import { requireCurrent, type Editor } from '../editing/createEditor';
import type { StoreContext } from '../StoreDeps';
import { validRecord } from './validRecord';

/** Step 4's root causes and step 5's actions. */
export function createPlanActions(
  ctx: StoreContext,
  editor: Editor,
): Pick<
  AppActions,
  | 'addRootCause'
  | 'updateRootCause'
  | 'deleteRootCause'
  | 'addAction'
  | 'updateAction'
  | 'deleteAction'
> {
  const find = <T extends { id: string }>(rows: readonly T[], id: string, what: string): T => {
    const found = rows.find((r) => r.id === id);
    if (found === undefined) throw new Error(`${what} ${id} is not in this review.`);
    return found;
  };
  return {
    async addRootCause(input) {
      const current = requireCurrent(ctx);
      const now = ctx.now();
      const record: RootCause = {
        id: ctx.newId(),
        reviewId: current.review.id,
        whys: input.whys,
        noteIds: input.noteIds,
        selected: false,
        createdAt: now,
        updatedAt: now,
      };
      validRecord(RootCauseSchema, record, 'root cause');
      await editor.commit([putRecord('rootCauses', record)]);
      return record.id;
    },

    async updateRootCause(id, patch) {
      const current = requireCurrent(ctx);
      const record: RootCause = {
        ...find(current.rootCauses, id, 'Root cause'),
        ...patch,
        updatedAt: ctx.now(),
      };
      validRecord(RootCauseSchema, record, 'root cause');
      await editor.commit([putRecord('rootCauses', record)]);
    },

    async deleteRootCause(id) {
      const current = requireCurrent(ctx);
      find(current.rootCauses, id, 'Root cause');
      const now = ctx.now();
      // Its votes go; its actions stay, no longer tied to it (nothing planned is lost).
      const operations: Operation[] = [
        ...current.votes
          .filter((v) => v.rootCauseId === id)
          .map((v) => deleteRecord('votes', v.id)),
        ...current.actions
          .filter((a) => a.rootCauseId === id)
          .map((a) => putRecord('actions', { ...a, rootCauseId: null, updatedAt: now })),
        deleteRecord('rootCauses', id),
      ];
      await editor.commit(operations);
    },

    async addAction(input) {
      const current = requireCurrent(ctx);
      const now = ctx.now();
      const record: PlanAction = {
        id: ctx.newId(),
        reviewId: current.review.id,
        rootCauseId: input.rootCauseId,
        text: input.text,
        owner: input.owner,
        deadline: input.deadline,
        status: 'open',
        createdAt: now,
        updatedAt: now,
      };
      if (record.rootCauseId !== null) find(current.rootCauses, record.rootCauseId, 'Root cause');
      validRecord(PlanActionSchema, record, 'action');
      await editor.commit([putRecord('actions', record)]);
      return record.id;
    },

    async updateAction(id, patch) {
      const current = requireCurrent(ctx);
      const record: PlanAction = {
        ...find(current.actions, id, 'Action'),
        ...patch,
        updatedAt: ctx.now(),
      };
      validRecord(PlanActionSchema, record, 'action');
      await editor.commit([putRecord('actions', record)]);
    },

    async deleteAction(id) {
      find(requireCurrent(ctx).actions, id, 'Action');
      await editor.commit([deleteRecord('actions', id)]);
    },
  };
}
