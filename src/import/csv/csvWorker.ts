/** Module worker: parses a CSV/TSV file off the main thread (papaparse stays in this chunk). */
import { toWorkerAnswers } from '../workerAnswer';
import { answerImportRequest, type ImportRequest } from '../workerProtocol';

globalThis.addEventListener('message', (event: MessageEvent<ImportRequest>) => {
  void answerImportRequest({ ...event.data, format: 'csv' }).then((result) => {
    for (const answer of toWorkerAnswers(result)) globalThis.postMessage(answer);
  });
});
