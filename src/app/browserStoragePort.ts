import { deletesUnvisitedSiteData } from '../persistence/deletesUnvisitedSiteData';
import type { OpenedGateway } from '../persistence/openGateway';
import { checkPersistence, requestPersistence } from '../persistence/storagePersistence';
import type { StoragePort } from '../store/StorageHealth';

/** The store's view of this browser's storage: where data lives and whether it is kept. */
export function browserStoragePort(opened: Pick<OpenedGateway, 'mode' | 'kind'>): StoragePort {
  return {
    mode: opened.mode,
    memoryCause: opened.mode === 'memory' ? (opened.kind ?? 'unknown') : null,
    deletedWhenUnvisited: deletesUnvisitedSiteData(),
    check: () => checkPersistence(),
    request: () => requestPersistence(),
  };
}
