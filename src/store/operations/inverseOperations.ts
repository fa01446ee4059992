import type { ReviewData } from '../../domain/model';
import type { Operation } from '../../domain/reviewGateway';

/**
 * The operations that undo `operations` applied to `before`: each touched record goes back
 * to its earlier version, or is deleted if it did not exist. In reverse order, so a record
 * touched twice ends as it was.
 */
export function inverseOperations(
  before: ReviewData,
  operations: readonly Operation[],
): Operation[] {
  const inverse: Operation[] = [];
  for (const op of operations) {
    switch (op.type) {
      case 'put-review':
        inverse.push({ type: 'put-review', record: before.review });
        break;
      case 'put-incident':
        inverse.push({ type: 'put-incident', record: before.incident });
        break;
      case 'put-channel':
      case 'delete-channel': {
        const id = op.type === 'put-channel' ? op.record.id : op.id;
        const prior = before.channels.find((c) => c.id === id);
        inverse.push(
          prior ? { type: 'put-channel', record: prior } : { type: 'delete-channel', id },
        );
        break;
      }
      case 'put-communication':
      case 'delete-communication': {
        const id = op.type === 'put-communication' ? op.record.id : op.id;
        const prior = before.communications.find((c) => c.id === id);
        inverse.push(
          prior
            ? { type: 'put-communication', record: prior }
            : { type: 'delete-communication', id },
        );
        break;
      }
      case 'put-phase':
      case 'delete-phase': {
        const id = op.type === 'put-phase' ? op.record.id : op.id;
        const prior = before.phases.find((p) => p.id === id);
        inverse.push(prior ? { type: 'put-phase', record: prior } : { type: 'delete-phase', id });
        break;
      }
      case 'put-note':
      case 'delete-note': {
        const id = op.type === 'put-note' ? op.record.id : op.id;
        const prior = before.notes.find((n) => n.id === id);
        inverse.push(prior ? { type: 'put-note', record: prior } : { type: 'delete-note', id });
        break;
      }
    }
  }
  return inverse.reverse();
}
