import type { ReviewData } from '../../domain/model';
import type { Operation } from '../../domain/reviewGateway';

type Keyed = { readonly id: string };

function put<T extends Keyed>(rows: readonly T[], record: T): readonly T[] {
  const index = rows.findIndex((r) => r.id === record.id);
  if (index === -1) return [...rows, record];
  const next = [...rows];
  next[index] = record;
  return next;
}

function remove<T extends Keyed>(rows: readonly T[], id: string): readonly T[] {
  return rows.some((r) => r.id === id) ? rows.filter((r) => r.id !== id) : rows;
}

/**
 * The in-memory side of saving: the same operations the gateway writes, applied to the
 * open review. Pure; untouched collections keep their identity (selectors memoise on it).
 */
export function applyOperations(data: ReviewData, operations: readonly Operation[]): ReviewData {
  let { review, incident, channels, communications, phases, notes } = data;
  for (const op of operations) {
    switch (op.type) {
      case 'put-review':
        review = op.record;
        break;
      case 'put-incident':
        incident = op.record;
        break;
      case 'put-channel':
        channels = put(channels, op.record);
        break;
      case 'delete-channel':
        channels = remove(channels, op.id);
        break;
      case 'put-communication':
        communications = put(communications, op.record);
        break;
      case 'delete-communication':
        communications = remove(communications, op.id);
        break;
      case 'put-phase':
        phases = put(phases, op.record);
        break;
      case 'delete-phase':
        phases = remove(phases, op.id);
        break;
      case 'put-note':
        notes = put(notes, op.record);
        break;
      case 'delete-note':
        notes = remove(notes, op.id);
        break;
    }
  }
  return { review, incident, channels, communications, phases, notes };
}
