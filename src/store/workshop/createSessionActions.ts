import { EMPTY_PREPARATION } from '../../domain/emptyWorkshop';
import type { Phase, Preparation, Session } from '../../domain/model';
import { deleteRecord, putRecord, type Operation } from '../../domain/reviewGateway';
import {
  PhaseSchema,
  PreparationSchema,
  SessionSchema,
} from '../../domain/schema/reviewRecordSchemas';
import { newSession } from '../../domain/workshop/stepTimer';
import type { AppActions } from '../AppState';
import { requireCurrent, type Editor } from '../editing/createEditor';
import type { StoreContext } from '../StoreDeps';
import { validRecord } from './validRecord';

/** The session (step, timers, anonymity, voting), the preparation answers and the phases. */
export function createSessionActions(
  ctx: StoreContext,
  editor: Editor,
): Pick<AppActions, 'updateSession' | 'updatePreparation' | 'setPhases'> {
  return {
    async updateSession(change) {
      const current = requireCurrent(ctx);
      const now = ctx.now();
      const session =
        current.session ?? newSession({ id: ctx.newId(), reviewId: current.review.id }, now);
      const record: Session = { ...session, ...change(session, now), updatedAt: now };
      validRecord(SessionSchema, record, 'session');
      await editor.commit([{ type: 'put-session', record }]);
    },

    async updatePreparation(patch) {
      const current = requireCurrent(ctx);
      const record: Preparation = {
        id: current.preparation?.id ?? ctx.newId(),
        reviewId: current.review.id,
        ...EMPTY_PREPARATION,
        ...current.preparation,
        ...patch,
        updatedAt: ctx.now(),
      };
      validRecord(PreparationSchema, record, 'preparation');
      await editor.commit([{ type: 'put-preparation', record }]);
    },

    async setPhases(phases) {
      const current = requireCurrent(ctx);
      const now = ctx.now();
      const records = phases.map((p): Phase => ({
        id: ctx.newId(),
        reviewId: current.review.id,
        ...p,
        updatedAt: now,
      }));
      for (const r of records) validRecord(PhaseSchema, r, 'phase');
      const operations: Operation[] = [
        ...current.phases.map((p) => deleteRecord('phases', p.id)),
        ...records.map((r) => putRecord('phases', r)),
      ];
      await editor.commit(operations);
    },
  };
}
