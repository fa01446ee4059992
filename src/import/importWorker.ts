/** Module worker: imports a file of any accepted format off the main thread. */
import { toWorkerAnswers } from './workerAnswer';
import { answerImportRequest, type ImportRequest } from './workerProtocol';

globalThis.addEventListener('message', (event: MessageEvent<ImportRequest>) => {
  void answerImportRequest(event.data).then((result) => {
    for (const answer of toWorkerAnswers(result)) globalThis.postMessage(answer);
  });
});
