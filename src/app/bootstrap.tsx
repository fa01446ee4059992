import { createRoot } from 'react-dom/client';
import { startLanguage } from '../i18n/startLanguage';
import { classifyStorageError } from '../persistence/classifyStorageError';
import { openGateway } from '../persistence/openGateway';
import { createAppStore } from '../store/createAppStore';
import { parseRoute } from '../ui/hashRoute';
import { App } from './App';
import { broadcastingGateway } from './broadcastingGateway';
import { followReviewChanges } from './followReviewChanges';
import { openReviewChannel } from './reviewChannel';

/**
 * Opens storage (IndexedDB, else memory with a warning), creates the store, links this
 * window to the app's other windows (live sync), renders.
 */
export async function bootstrap(container: HTMLElement): Promise<void> {
  // Right away, before storage opens: screen readers and tests read <html lang> on load.
  const language = startLanguage();
  document.documentElement.lang = language;
  const { gateway: storage, mode, reason } = await openGateway();
  // Windows on the same IndexedDB follow each other's writes (memory mode: nothing shared).
  const channel = mode === 'indexeddb' ? openReviewChannel() : null;
  const gateway =
    channel === null
      ? storage
      : broadcastingGateway(storage, (reviewId) =>
          channel.post({ type: 'review-changed', reviewId }),
        );
  const store = createAppStore(gateway, { classifyError: classifyStorageError });
  if (channel !== null) {
    followReviewChanges({ store, channel, route: () => parseRoute(window.location.hash) });
  }
  const flush = () => void store.getState().actions.flush();
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush();
  });
  createRoot(container).render(
    <App store={store} storage={{ mode, reason }} initialLanguage={language} />,
  );
}
