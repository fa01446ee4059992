import { toWorkerAnswers } from '../../src/import/workerAnswer';
import { answerImportRequest, type ImportRequest } from '../../src/import/workerProtocol';

/** What the stand-in workers saw: each one started, and every message they answered with. */
export const workerLog = {
  started: [] as { url: string; type: string | undefined }[],
  /** What each worker was sent, as it arrived (after the structured clone). */
  requests: [] as ImportRequest[],
  /** Messages answered (slices of messages, then the result). */
  answers: 0,
  reset(): void {
    this.started.length = 0;
    this.requests.length = 0;
    this.answers = 0;
  },
};

/**
 * A stand-in `Worker` that runs the real worker handler in-process and answers as the real
 * workers do (`toWorkerAnswers`: the messages in slices, then the rest), with a structured
 * clone each way. Started from a URL naming `csvWorker.ts`, it parses as the CSV worker.
 */
export class InProcessWorker extends EventTarget {
  terminated = false;
  private readonly url: string;
  constructor(url: URL | string, options?: WorkerOptions) {
    super();
    this.url = String(url);
    workerLog.started.push({ url: this.url, type: options?.type });
  }
  postMessage(message: ImportRequest): void {
    // A browser clones a Blob as a handle to the same bytes; Node's structuredClone, in the
    // test runner's realm, makes a plain object of it: the Blob is passed on as it is.
    const { raw } = message;
    const blob = typeof raw !== 'string' && !ArrayBuffer.isView(raw);
    const request: ImportRequest = blob
      ? { ...structuredClone({ ...message, raw: '' }), raw }
      : structuredClone(message);
    workerLog.requests.push(request);
    setTimeout(() => {
      const format = this.url.includes('csvWorker.ts') ? 'csv' : request.format;
      void answerImportRequest({ ...request, format }).then((result) => {
        for (const answer of toWorkerAnswers(result)) {
          workerLog.answers += 1;
          this.dispatchEvent(new MessageEvent('message', { data: structuredClone(answer) }));
        }
      });
    }, 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}
