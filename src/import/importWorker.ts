/** Module worker: imports a file of any accepted format off the main thread. */
import { toWorkerAnswers } from './workerAnswer';
import { handleImportRequest, type ImportRequest } from './workerProtocol';

globalThis.addEventListener('message', (event: MessageEvent<ImportRequest>) => {
  for (const answer of toWorkerAnswers(handleImportRequest(event.data))) {
    globalThis.postMessage(answer);
  }
});
