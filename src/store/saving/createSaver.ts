import type { SaveStatus, StorageErrorKind } from '../AppState';
import type { Operation, ReviewGateway } from '../../domain/reviewGateway';
import { operationKey } from '../operations/operationKey';
import { coalesceOperation } from './coalesceOperation';

export interface Saver {
  /**
   * Writes one action's operations in one gateway transaction, after the writes before
   * it. Never rejects: a failure keeps the operations as unsaved (memory stays
   * authoritative) and sets the error state; the next write of that review, or `retry`,
   * sends them again with the latest version of each record.
   */
  write(reviewId: string, operations: readonly Operation[]): Promise<void>;
  /** Runs another storage call (create, delete) after the queued writes; rejects as it does. */
  track<T>(run: () => Promise<T>): Promise<T>;
  /** Operations of `reviewId` that are only in memory, latest per record. */
  unsaved(reviewId: string): readonly Operation[];
  retry(): Promise<void>;
  /** Drops unsaved operations of a review that no longer exists. */
  forget(reviewId: string): void;
  /** Resolves once every write queued so far has finished. */
  flush(): Promise<void>;
}

interface SaverDeps {
  readonly gateway: ReviewGateway;
  readonly classifyError: (error: unknown) => StorageErrorKind;
  readonly publish: (save: SaveStatus) => void;
}

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/** The saving contract of ../shared/notes/architecture.md ("Saving"). */
export function createSaver({ gateway, classifyError, publish }: SaverDeps): Saver {
  const unsavedByReview = new Map<string, Map<string, Operation>>();
  let pending = 0;
  let savedOnce = false;
  let lastError: { message: string; kind: StorageErrorKind } | null = null;
  let queue: Promise<void> = Promise.resolve();

  const hasUnsaved = (): boolean => [...unsavedByReview.values()].some((m) => m.size > 0);

  function publishState(): void {
    const failing = hasUnsaved() ? lastError : null;
    const state: SaveStatus['state'] =
      pending > 0 ? 'saving' : failing !== null ? 'error' : savedOnce ? 'saved' : 'idle';
    publish({ state, pending, error: failing?.message ?? null, errorKind: failing?.kind ?? null });
  }

  async function send(reviewId: string, operations: readonly Operation[]): Promise<void> {
    const earlier = unsavedByReview.get(reviewId) ?? new Map<string, Operation>();
    // Latest per record; a record an unsaved edit touched keeps that edit's base.
    const latest = new Map<string, Operation>();
    for (const op of operations) {
      const key = operationKey(op);
      latest.set(key, coalesceOperation(latest.get(key) ?? earlier.get(key), op));
    }
    const payload = [
      ...[...earlier].filter(([key]) => !latest.has(key)).map(([, op]) => op),
      ...latest.values(),
    ];
    if (payload.length === 0) return;
    try {
      await gateway.apply(reviewId, payload);
      unsavedByReview.delete(reviewId);
      savedOnce = true;
    } catch (error) {
      const unsaved = unsavedByReview.get(reviewId) ?? new Map<string, Operation>();
      for (const [key, op] of latest) unsaved.set(key, op);
      unsavedByReview.set(reviewId, unsaved);
      lastError = { message: messageOf(error), kind: classifyError(error) };
    }
  }

  /** Runs after every earlier storage call; counted as pending until it settles. */
  function serial<T>(run: () => Promise<T>): Promise<T> {
    pending += 1;
    publishState();
    const settle = (): void => {
      pending -= 1;
      publishState();
    };
    const result = queue.then(run).then(
      (value) => {
        settle();
        return value;
      },
      (error: unknown) => {
        settle();
        throw error;
      },
    );
    queue = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }

  return {
    write: (reviewId, operations) => serial(() => send(reviewId, operations)),
    track: (run) =>
      serial(async () => {
        const result = await run();
        savedOnce = true;
        return result;
      }),
    unsaved: (reviewId) => [...(unsavedByReview.get(reviewId)?.values() ?? [])],
    retry: () =>
      serial(async () => {
        for (const reviewId of [...unsavedByReview.keys()]) await send(reviewId, []);
      }),
    forget(reviewId) {
      unsavedByReview.delete(reviewId);
      publishState();
    },
    flush: () => queue,
  };
}
