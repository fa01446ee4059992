import type { ReviewData } from '../../domain/model';
import type { Operation } from '../../domain/reviewGateway';
import { applyOperations } from '../operations/applyOperations';
import { inverseOperations } from '../operations/inverseOperations';
import { withBases } from '../operations/withBases';
import type { Saver } from '../saving/createSaver';
import type { StoreContext } from '../StoreDeps';

/** How many edits `undo` can go back. */
export const HISTORY_LIMIT = 200;

interface HistoryEntry {
  readonly reviewId: string;
  readonly operations: readonly Operation[];
  readonly inverse: readonly Operation[];
}

export interface Editor {
  /**
   * One user action on the open review: applies `operations` in memory at once
   * (optimistic, memory stays authoritative), records the inverse for undo, and writes
   * them in one transaction. Resolves when the write finished (failures go to `save`).
   */
  commit(operations: readonly Operation[]): Promise<void>;
  undo(): Promise<void>;
  redo(): Promise<void>;
  /** Forgets the history (another review was opened or the review closed). */
  reset(): void;
}

/** The open review, or an error: an edit needs one. */
export function requireCurrent(ctx: StoreContext): ReviewData {
  const { current, currentStatus } = ctx.get();
  if (current === null || currentStatus !== 'ready') throw new Error('No review is open.');
  return current;
}

/** Undo and redo stamp the records they restore as changed now (a restore is a change). */
function restamp(operations: readonly Operation[], now: number): Operation[] {
  return operations.map((op): Operation => {
    if (op.type === 'delete') return op;
    // Every record has `updatedAt`; the spread keeps each operation's own record type.
    return { ...op, record: { ...op.record, updatedAt: now } } as Operation;
  });
}

export function createEditor(ctx: StoreContext, saver: Saver): Editor {
  let done: HistoryEntry[] = [];
  let undone: HistoryEntry[] = [];

  const publish = (): void =>
    ctx.set({ history: { canUndo: done.length > 0, canRedo: undone.length > 0 } });

  /**
   * Applies in memory (bumping the review's updatedAt); returns the inverse and the
   * operations to write, each put based on the record memory held (`withBases`).
   */
  function applyInMemory(operations: readonly Operation[]): {
    inverse: Operation[];
    based: Operation[];
  } {
    const current = requireCurrent(ctx);
    const inverse = inverseOperations(current, operations);
    const based = withBases(current, operations);
    const next = applyOperations(current, based);
    ctx.set({ current: { ...next, review: { ...next.review, updatedAt: ctx.now() } } });
    return { inverse, based };
  }

  async function commit(operations: readonly Operation[]): Promise<void> {
    if (operations.length === 0) return;
    const reviewId = requireCurrent(ctx).review.id;
    const { inverse, based } = applyInMemory(operations);
    done = [...done.slice(-(HISTORY_LIMIT - 1)), { reviewId, operations, inverse }];
    undone = [];
    publish();
    await saver.write(reviewId, based);
  }

  async function replay(from: 'undo' | 'redo'): Promise<void> {
    const source = from === 'undo' ? done : undone;
    const entry = source.at(-1);
    const current = ctx.get().current;
    if (entry === undefined || current === null || current.review.id !== entry.reviewId) return;
    const operations = restamp(from === 'undo' ? entry.inverse : entry.operations, ctx.now());
    const { inverse, based } = applyInMemory(operations);
    const replayed: HistoryEntry = { reviewId: entry.reviewId, operations, inverse };
    if (from === 'undo') {
      done = done.slice(0, -1);
      undone = [...undone, { ...replayed, operations: inverse, inverse: operations }];
    } else {
      undone = undone.slice(0, -1);
      done = [...done, replayed];
    }
    publish();
    await saver.write(entry.reviewId, based);
  }

  return {
    commit,
    undo: () => replay('undo'),
    redo: () => replay('redo'),
    reset() {
      done = [];
      undone = [];
      publish();
    },
  };
}
