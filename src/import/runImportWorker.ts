/**
 * Sends one import request to a freshly started worker and resolves with its answer.
 * Falls back to parsing in this thread when the worker cannot start or fails; a watchdog
 * ends a worker that runs too long (../shared/notes/reliability.md, ReDoS row).
 */
import type { ImportOptions, ImportResult } from './contract';
import { importFailure } from './importFailure';
import { WorkerAnswerAssembler, type WorkerAnswer } from './workerAnswer';
import { adoptWorkerResult, type ImportRequest } from './workerProtocol';

/**
 * Inputs bigger than this (bytes of a file, characters of text) are parsed in a worker.
 * A 1,000-row CSV (~210 KB) parsed in the page was one task of ~40–70 ms, over the 50 ms
 * budget for a task (issue "Fast at real sizes"); at this size it stays near 10 ms.
 */
export const WORKER_THRESHOLD = 128 * 1024;

export const WORKER_TIMEOUT_MS = 120_000;

export function runImportWorker(
  startWorker: () => Worker,
  request: ImportRequest,
  options: ImportOptions,
  inThread: () => ImportResult | Promise<ImportResult>,
  timeoutMs: number = WORKER_TIMEOUT_MS,
): Promise<ImportResult> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = startWorker();
    } catch {
      resolve(inThread());
      return;
    }
    const finish = (result: () => ImportResult | Promise<ImportResult>): void => {
      clearTimeout(timer);
      worker.terminate();
      resolve(result());
    };
    const timer = setTimeout(
      () =>
        finish(() =>
          importFailure('invalid-file', 'Reading the file took too long and was stopped.'),
        ),
      timeoutMs,
    );
    // The answer comes in slices (workerAnswer.ts), each decoded in its own task.
    const assembler = new WorkerAnswerAssembler();
    worker.addEventListener('message', (event: MessageEvent<WorkerAnswer>) => {
      let result: ImportResult | null;
      try {
        result = assembler.add(event.data);
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        finish(() => importFailure('invalid-file', message));
        return;
      }
      if (result !== null) {
        const whole = result;
        finish(() => adoptWorkerResult(whole, request, options.newId));
      }
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      finish(inThread);
    });
    worker.postMessage(request);
  });
}
