import type { Collection, ReviewData } from '../../domain/model';
import type { Operation } from '../../domain/reviewGateway';
import { operationKey } from './operationKey';

type Keyed = { readonly id: string };

/** `op` with `base` (the record before the edit); with no base, a put of a new record. */
export function withBase(op: Operation, base: object | undefined): Operation {
  if (op.type === 'delete') return op;
  const { base: _dropped, ...rest } = op;
  // `base` is always the same kind of record as `op.record` (found by the op's own key).
  return (base === undefined ? rest : { ...rest, base }) as Operation;
}

/**
 * Stamps every put of one user action with the record as `before` (the window's memory)
 * holds it, so storage applies the edit to the latest stored record (`rebaseRecord`)
 * instead of writing back the rest of a stale copy. A record put twice in one action
 * gets the first put as the second one's base; a new record gets no base.
 */
export function withBases(before: ReviewData, operations: readonly Operation[]): Operation[] {
  const byCollection = new Map<Collection, Map<string, Keyed>>();
  const rowsOf = (collection: Collection): Map<string, Keyed> => {
    let rows = byCollection.get(collection);
    if (rows === undefined) {
      const list = (before as Record<Collection, readonly Keyed[]>)[collection];
      rows = new Map(list.map((r) => [r.id, r]));
      byCollection.set(collection, rows);
    }
    return rows;
  };
  const known = (op: Exclude<Operation, { type: 'delete' }>): object | undefined => {
    switch (op.type) {
      case 'put-review':
        return before.review.id === op.record.id ? before.review : undefined;
      case 'put-incident':
        return before.incident.id === op.record.id ? before.incident : undefined;
      case 'put-session':
        return before.session?.id === op.record.id ? before.session : undefined;
      case 'put-preparation':
        return before.preparation?.id === op.record.id ? before.preparation : undefined;
      case 'put':
        return rowsOf(op.collection).get(op.record.id);
    }
  };
  const inBatch = new Map<string, object | null>();
  return operations.map((op) => {
    const key = operationKey(op);
    if (op.type === 'delete') {
      inBatch.set(key, null);
      return op;
    }
    const earlier = inBatch.get(key);
    const base = earlier === undefined ? known(op) : (earlier ?? undefined);
    inBatch.set(key, op.record);
    return withBase(op, base);
  });
}
