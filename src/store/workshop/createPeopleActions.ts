import type { Participant, Vote } from '../../domain/model';
import { deleteRecord, putRecord, type Operation } from '../../domain/reviewGateway';
import { ParticipantSchema, VoteSchema } from '../../domain/schema/reviewRecordSchemas';
import type { AppActions } from '../AppState';
import { requireCurrent, type Editor } from '../editing/createEditor';
import type { StoreContext } from '../StoreDeps';
import { DEFAULT_VOTES } from './workshopDefaults';
import { validRecord } from './validRecord';

/** The people in the room and their dot votes. */
export function createPeopleActions(
  ctx: StoreContext,
  editor: Editor,
): Pick<
  AppActions,
  'addParticipant' | 'updateParticipant' | 'removeParticipant' | 'castVote' | 'removeVote'
> {
  const participant = (id: string): Participant => {
    const found = requireCurrent(ctx).participants.find((p) => p.id === id);
    if (found === undefined) throw new Error(`Participant ${id} is not in this review.`);
    return found;
  };
  return {
    async addParticipant(name, role) {
      const current = requireCurrent(ctx);
      const record: Participant = {
        id: ctx.newId(),
        reviewId: current.review.id,
        name: name.trim(),
        role: role === null || role.trim() === '' ? null : role.trim(),
        updatedAt: ctx.now(),
      };
      validRecord(ParticipantSchema, record, 'participant');
      await editor.commit([putRecord('participants', record)]);
      return record.id;
    },

    async updateParticipant(id, patch) {
      const record: Participant = { ...participant(id), ...patch, updatedAt: ctx.now() };
      validRecord(ParticipantSchema, record, 'participant');
      await editor.commit([putRecord('participants', record)]);
    },

    async removeParticipant(id) {
      const current = requireCurrent(ctx);
      participant(id);
      // Their votes go with them, in the same write.
      const operations: Operation[] = current.votes
        .filter((v) => v.participantId === id)
        .map((v) => deleteRecord('votes', v.id));
      operations.push(deleteRecord('participants', id));
      await editor.commit(operations);
    },

    async castVote(rootCauseId, participantId) {
      const current = requireCurrent(ctx);
      participant(participantId);
      if (!current.rootCauses.some((r) => r.id === rootCauseId)) {
        throw new Error(`Root cause ${rootCauseId} is not in this review.`);
      }
      const limit = current.session?.votesPerParticipant ?? DEFAULT_VOTES;
      const used = current.votes.filter((v) => v.participantId === participantId).length;
      if (used >= limit) throw new RangeError(`Each person has ${limit} votes.`);
      const record: Vote = {
        id: ctx.newId(),
        reviewId: current.review.id,
        rootCauseId,
        participantId,
        updatedAt: ctx.now(),
      };
      validRecord(VoteSchema, record, 'vote');
      await editor.commit([putRecord('votes', record)]);
    },

    async removeVote(id) {
      if (!requireCurrent(ctx).votes.some((v) => v.id === id)) {
        throw new Error(`Vote ${id} is not in this review.`);
      }
      await editor.commit([deleteRecord('votes', id)]);
    },
  };
}
