/** Module worker: parses a CSV/TSV file off the main thread (papaparse stays in this chunk). */
import { toWorkerAnswers } from '../workerAnswer';
import { handleImportRequest, type ImportRequest } from '../workerProtocol';

globalThis.addEventListener('message', (event: MessageEvent<ImportRequest>) => {
  const result = handleImportRequest({ ...event.data, format: 'csv' });
  for (const answer of toWorkerAnswers(result)) globalThis.postMessage(answer);
});
