import { useCallback, useRef, useState } from 'react';
import type { ReviewData } from '../../domain/model';
import type {
  FormatId,
  ImportErrorCode,
  ImportOptions,
  ImportedIncident,
  ImportResult,
  RejectedRow,
} from '../../import/contract';
import { checkImportSize } from '../../import/importLimits';
import { nextTask } from '../../ui/nextTask';
import type { ImportSource } from '../../import/importSource';
import type { ImportOutcome } from './ImportOutcome';
import type { ParseFile } from './ParseFile';

export type ImportFlowState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'reading'; readonly name: string }
  | {
      readonly phase: 'failed';
      readonly name: string;
      readonly code: ImportErrorCode;
      readonly message: string;
    }
  | {
      readonly phase: 'preview';
      readonly name: string;
      readonly format: FormatId;
      readonly incidents: readonly ImportedIncident[];
      readonly rejected: readonly RejectedRow[];
      readonly selected: readonly boolean[];
      readonly saving: boolean;
      /** While a big import is being saved: messages written so far, of `total`. */
      readonly progress: SaveProgress | null;
      readonly saveError: string | null;
    };

export interface SaveProgress {
  readonly written: number;
  readonly total: number;
}

/**
 * What `createReviews` is given: progress to report, a signal that cancels, and whom to
 * tell when the review can be opened before it is all written (one big review).
 */
export interface CreateOptions {
  readonly onProgress: (written: number, total: number) => void;
  readonly signal: AbortSignal;
  readonly onOpenable: (reviewIds: readonly string[]) => void;
}

interface Deps {
  readonly parseFile: ParseFile;
  readonly options: () => Omit<ImportOptions, 'fileName'>;
  readonly createReviews: (
    data: readonly ReviewData[],
    options: CreateOptions,
  ) => Promise<readonly string[]>;
  readonly onImported: (outcome: ImportOutcome) => void;
}

const isAbort = (e: unknown): boolean => e instanceof DOMException && e.name === 'AbortError';

/**
 * Read → preview → confirm: nothing is written before the user confirms. Files over the
 * size limit are refused before they are read. A big import shows its progress while it
 * is saved, and **Cancel** then stops it: nothing of it is kept.
 */
export function useImportFlow({ parseFile, options, createReviews, onImported }: Deps) {
  const [state, setState] = useState<ImportFlowState>({ phase: 'idle' });
  const saving = useRef<AbortController | null>(null);

  const start = useCallback(
    async (read: () => Promise<ImportSource>, name: string, fileName: string | null, bytes = 0) => {
      const tooLarge = checkImportSize(bytes);
      if (tooLarge !== null) {
        setState({ phase: 'failed', name, code: tooLarge.code, message: tooLarge.message });
        return;
      }
      setState({ phase: 'reading', name });
      let raw: ImportSource;
      try {
        raw = await read();
      } catch (e) {
        setState({
          phase: 'failed',
          name,
          code: 'read',
          message: e instanceof Error ? e.message : String(e),
        });
        return;
      }
      let result: ImportResult;
      try {
        result = await parseFile(raw, fileName, { ...options(), fileName });
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        setState({ phase: 'failed', name, code: 'invalid-file', message });
        return;
      }
      if (!result.ok) {
        setState({ phase: 'failed', name, code: result.error.code, message: result.error.message });
        return;
      }
      setState({
        phase: 'preview',
        name,
        format: result.format,
        incidents: result.incidents,
        rejected: result.rejected,
        selected: result.incidents.map(() => true),
        saving: false,
        progress: null,
        saveError: null,
      });
    },
    [parseFile, options],
  );

  const toggle = useCallback((index: number) => {
    setState((s) =>
      s.phase === 'preview'
        ? { ...s, selected: s.selected.map((v, i) => (i === index ? !v : v)) }
        : s,
    );
  }, []);

  const cancel = useCallback(() => {
    // A save under way is stopped; `confirm` then returns to idle once storage cleaned up.
    if (saving.current !== null) saving.current.abort();
    else setState({ phase: 'idle' });
  }, []);

  const confirm = useCallback(async () => {
    if (state.phase !== 'preview' || state.saving) return;
    const chosen = state.incidents.filter((_, i) => state.selected[i] === true);
    if (chosen.length === 0) return;
    setState({ ...state, saving: true, progress: null, saveError: null });
    const controller = new AbortController();
    saving.current = controller;
    // The click ends here, its dialog saying it imports: the import (at 100,000 messages,
    // ordering them, then closing the dialog and opening the review) starts in the next
    // task, and the click's task stays short.
    await nextTask();
    if (controller.signal.aborted) {
      saving.current = null;
      setState({ phase: 'idle' });
      return;
    }
    const onProgress = (written: number, total: number): void =>
      setState((s) =>
        s.phase === 'preview' && s.saving ? { ...s, progress: { written, total } } : s,
      );
    const outcome = (reviewIds: readonly string[]): ImportOutcome => ({
      fileName: state.name,
      reviewIds,
      communicationCount: chosen.reduce((n, c) => n + c.data.communications.length, 0),
      rejected: [...state.rejected, ...chosen.flatMap((c) => c.rejected)],
      warnings: chosen.flatMap((c) => c.warnings),
    });
    // One big review opens while it is still written: the review page shows the progress
    // and **Cancel** from then on, and this flow is done.
    let opened = false;
    const onOpenable = (reviewIds: readonly string[]): void => {
      opened = true;
      saving.current = null;
      setState({ phase: 'idle' });
      onImported(outcome(reviewIds));
    };
    try {
      const reviewIds = await createReviews(
        chosen.map((c) => c.data),
        { onProgress, signal: controller.signal, onOpenable },
      );
      if (opened) return;
      saving.current = null;
      setState({ phase: 'idle' });
      onImported(outcome(reviewIds));
    } catch (e) {
      if (opened) return;
      saving.current = null;
      if (isAbort(e)) setState({ phase: 'idle' });
      else
        setState({
          ...state,
          saving: false,
          progress: null,
          saveError: e instanceof Error ? e.message : String(e),
        });
    }
  }, [state, createReviews, onImported]);

  return { state, start, toggle, cancel, confirm };
}
