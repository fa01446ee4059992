import { createRoot } from 'react-dom/client';
import { startLanguage } from '../i18n/startLanguage';
import { classifyStorageError } from '../persistence/classifyStorageError';
import { openGateway } from '../persistence/openGateway';
import { createAppStore } from '../store/createAppStore';
import { App } from './App';

/** Opens storage (IndexedDB, else memory with a warning), creates the store, renders. */
export async function bootstrap(container: HTMLElement): Promise<void> {
  // Right away, before storage opens: screen readers and tests read <html lang> on load.
  const language = startLanguage();
  document.documentElement.lang = language;
  const { gateway, mode, reason } = await openGateway();
  const store = createAppStore(gateway, { classifyError: classifyStorageError });
  const flush = () => void store.getState().actions.flush();
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush();
  });
  createRoot(container).render(
    <App store={store} storage={{ mode, reason }} initialLanguage={language} />,
  );
}
