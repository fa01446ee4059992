/** Module worker: parses a CSV/TSV file off the main thread (papaparse stays in this chunk). */
import { handleImportRequest, type ImportRequest } from '../workerProtocol';

globalThis.addEventListener('message', (event: MessageEvent<ImportRequest>) => {
  globalThis.postMessage(handleImportRequest({ ...event.data, format: 'csv' }));
});
