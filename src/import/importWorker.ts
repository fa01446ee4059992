/** Module worker: imports a file of any accepted format off the main thread. */
import { handleImportRequest, type ImportRequest } from './workerProtocol';

globalThis.addEventListener('message', (event: MessageEvent<ImportRequest>) => {
  globalThis.postMessage(handleImportRequest(event.data));
});
