import type { Collection, ReviewData } from '../../domain/model';
import type { Operation } from '../../domain/reviewGateway';

type Keyed = { readonly id: string };
type Rows = Record<Collection, readonly Keyed[]>;

function put(rows: readonly Keyed[], record: Keyed): readonly Keyed[] {
  const index = rows.findIndex((r) => r.id === record.id);
  if (index === -1) return [...rows, record];
  const next = [...rows];
  next[index] = record;
  return next;
}

function remove(rows: readonly Keyed[], id: string): readonly Keyed[] {
  return rows.some((r) => r.id === id) ? rows.filter((r) => r.id !== id) : rows;
}

/**
 * The in-memory side of saving: the same operations the gateway writes, applied to the
 * open review. Pure; untouched collections keep their identity (selectors memoise on it).
 */
export function applyOperations(data: ReviewData, operations: readonly Operation[]): ReviewData {
  let next: ReviewData = data;
  for (const op of operations) {
    switch (op.type) {
      case 'put-review':
        next = { ...next, review: op.record };
        break;
      case 'put-incident':
        next = { ...next, incident: op.record };
        break;
      case 'put-session':
        next = { ...next, session: op.record };
        break;
      case 'put-preparation':
        next = { ...next, preparation: op.record };
        break;
      case 'put': {
        const rows = (next as Rows)[op.collection];
        next = { ...next, [op.collection]: put(rows, op.record) };
        break;
      }
      case 'delete': {
        const rows = (next as Rows)[op.collection];
        const kept = remove(rows, op.id);
        if (kept !== rows) next = { ...next, [op.collection]: kept };
        break;
      }
    }
  }
  return next;
}
