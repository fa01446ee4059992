import type { Collection, ReviewData } from '../../domain/model';
import { rebaseRecord } from '../../domain/rebaseRecord';
import type { Operation } from '../../domain/reviewGateway';

type Keyed = { readonly id: string };
type Rows = Record<Collection, readonly Keyed[]>;

/** The record an operation leaves: its fields changed against `base` over `existing`. */
function rebased<T extends object>(
  existing: T | null | undefined,
  base: T | undefined,
  record: T,
): T {
  return existing === null || existing === undefined || base === undefined || existing === base
    ? record
    : rebaseRecord(existing, base, record);
}

function put(rows: readonly Keyed[], record: Keyed, base: Keyed | undefined): readonly Keyed[] {
  const index = rows.findIndex((r) => r.id === record.id);
  if (index === -1) return [...rows, record];
  const next = [...rows];
  next[index] = rebased(rows[index], base, record);
  return next;
}

function remove(rows: readonly Keyed[], id: string): readonly Keyed[] {
  return rows.some((r) => r.id === id) ? rows.filter((r) => r.id !== id) : rows;
}

/**
 * The in-memory side of saving: the same operations the gateway writes, applied to the
 * open review. Pure; untouched collections keep their identity (selectors memoise on it).
 * A put with a `base` changes only the fields it changed (as storage does), so edits kept
 * in memory re-applied to a review read again keep what another window wrote meanwhile.
 */
export function applyOperations(data: ReviewData, operations: readonly Operation[]): ReviewData {
  let next: ReviewData = data;
  for (const op of operations) {
    switch (op.type) {
      case 'put-review':
        next = { ...next, review: rebased(next.review, op.base, op.record) };
        break;
      case 'put-incident':
        next = { ...next, incident: rebased(next.incident, op.base, op.record) };
        break;
      case 'put-session':
        next = { ...next, session: rebased(next.session, op.base, op.record) };
        break;
      case 'put-preparation':
        next = { ...next, preparation: rebased(next.preparation, op.base, op.record) };
        break;
      case 'put': {
        const rows = (next as Rows)[op.collection];
        next = { ...next, [op.collection]: put(rows, op.record, op.base) };
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
