import { createRoot } from 'react-dom/client';
import { startLanguage } from '../i18n/startLanguage';
import { classifyStorageError } from '../persistence/classifyStorageError';
import { openGateway } from '../persistence/openGateway';
import { createAppStore } from '../store/createAppStore';
import { parseRoute } from '../ui/hashRoute';
import { App } from './App';
import { startRoute } from './startRoute';
import { preloadPage } from './Routes';
import { broadcastingGateway } from './broadcastingGateway';
import { timedGateway } from './saveTimingProbe';
import { browserStoragePort } from './browserStoragePort';
import { followReviewChanges } from './followReviewChanges';
import { keepStorageOnFirstWrite } from './keepStorageOnFirstWrite';
import { openReviewChannel } from './reviewChannel';
import { startServiceWorker } from './startServiceWorker';

/**
 * Opens storage (IndexedDB, else memory with a warning), creates the store, links this
 * window to the app's other windows (live sync), starts the service worker (offline use,
 * updates on the user's say-so), renders.
 */
export async function bootstrap(container: HTMLElement): Promise<void> {
  // Right away, before storage opens: screen readers and tests read <html lang> on load.
  const language = startLanguage();
  document.documentElement.lang = language;
  // The page the app starts on loads its code while storage opens, and the review it shows
  // is read as soon as storage is open, while React renders and that code arrives (on a
  // 100,000-message review the read waited ~230 ms for the page's code otherwise).
  const start = startRoute(parseRoute(window.location.hash));
  start.preload({ preloadPage });
  const opened = await openGateway();
  const { gateway: storage, mode, reason } = opened;
  // Windows on the same IndexedDB follow each other's writes (memory mode: nothing shared).
  const channel = mode === 'indexeddb' ? openReviewChannel() : null;
  // Each saved edit's time goes to `window.gaplineSaves` (the bench reads it).
  const gateway = timedGateway(
    channel === null
      ? storage
      : broadcastingGateway(storage, (reviewId) =>
          channel.post({ type: 'review-changed', reviewId }),
        ),
  );
  const store = createAppStore(gateway, {
    classifyError: classifyStorageError,
    storage: browserStoragePort(opened),
  });
  // Storage health: what the browser decided (asking nothing), the request on the first
  // write, and the banner when a newer Gapline takes the database over.
  void store.getState().actions.checkStorage();
  keepStorageOnFirstWrite(store);
  opened.onOutdated(() => store.getState().actions.markStorageOutdated());
  if (channel !== null) {
    followReviewChanges({ store, channel, route: () => parseRoute(window.location.hash) });
  }
  start.open({ openReview: (id) => store.getState().actions.openReview(id) });
  const flush = () => void store.getState().actions.flush();
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush();
  });
  const update = startServiceWorker({
    flush: () => store.getState().actions.flush(),
    hasUnsavedWork: () => mode === 'memory' || store.getState().save.state === 'error',
  });
  createRoot(container).render(
    <App store={store} storage={{ mode, reason }} initialLanguage={language} update={update} />,
  );
}
