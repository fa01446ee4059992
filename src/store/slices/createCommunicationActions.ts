import { COMMUNICATION_KINDS, type Communication } from '../../domain/model';
import type { AppActions } from '../AppState';
import { channelOperation } from '../editing/channelOperation';
import { requireCurrent, type Editor } from '../editing/createEditor';
import { putRecord, deleteRecord, type Operation } from '../../domain/reviewGateway';
import type { StoreContext } from '../StoreDeps';

function assertFields(
  fields: Partial<Pick<Communication, 'instant' | 'offsetMinutes' | 'kind'>>,
): void {
  if (fields.instant !== undefined && !Number.isFinite(fields.instant)) {
    throw new RangeError('A communication needs a valid time.');
  }
  if (fields.offsetMinutes != null && !Number.isInteger(fields.offsetMinutes)) {
    throw new RangeError('An offset is a whole number of minutes.');
  }
  if (fields.kind !== undefined && !COMMUNICATION_KINDS.includes(fields.kind)) {
    throw new RangeError(`Unknown kind of communication: ${String(fields.kind)}`);
  }
}

export function createCommunicationActions(
  ctx: StoreContext,
  editor: Editor,
): Pick<AppActions, 'addCommunication' | 'updateCommunication' | 'deleteCommunication'> {
  return {
    async addCommunication(input) {
      const current = requireCurrent(ctx);
      assertFields(input);
      const channel = channelOperation(current, input.channelName, ctx);
      const order = current.communications.reduce((max, c) => Math.max(max, c.order + 1), 0);
      const record: Communication = {
        id: ctx.newId(),
        reviewId: current.review.id,
        instant: input.instant,
        offsetMinutes: input.offsetMinutes,
        channelId: channel.channelId,
        author: input.author,
        kind: input.kind,
        text: input.text,
        sourceId: null,
        order,
        sourceTimes: null,
        sourceStatus: null,
        affectedComponents: [],
        createdBy: null,
        updatedAt: ctx.now(),
      };
      const operations: Operation[] = channel.operation === null ? [] : [channel.operation];
      operations.push(putRecord('communications', record));
      await editor.commit(operations);
    },

    async updateCommunication(id, patch) {
      const current = requireCurrent(ctx);
      const existing = current.communications.find((c) => c.id === id);
      if (existing === undefined) throw new Error(`Communication ${id} is not in this review.`);
      const { channelName, ...fields } = patch;
      assertFields(fields);
      const operations: Operation[] = [];
      let channelId = existing.channelId;
      if (channelName !== undefined) {
        const channel = channelOperation(current, channelName, ctx);
        channelId = channel.channelId;
        if (channel.operation !== null) operations.push(channel.operation);
      }
      const record: Communication = { ...existing, ...fields, channelId, updatedAt: ctx.now() };
      operations.push(putRecord('communications', record));
      await editor.commit(operations);
    },

    async deleteCommunication(id) {
      const current = requireCurrent(ctx);
      if (!current.communications.some((c) => c.id === id)) {
        throw new Error(`Communication ${id} is not in this review.`);
      }
      // Its channel stays, even if now unused: simpler, and nothing is lost. Findings
      // dismissed on it go with it (in the same write, so undo brings both back).
      await editor.commit([
        deleteRecord('communications', id),
        ...current.dismissals
          .filter((d) => d.communicationId === id)
          .map((d) => deleteRecord('dismissals', d.id)),
      ]);
    },
  };
}
