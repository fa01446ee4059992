import { StrictMode } from 'react';
import { I18nProvider } from '../i18n/I18nProvider';
import type { Language } from '../i18n/languages';
import type { AppStore } from '../store/AppState';
import { StoreProvider } from '../store/StoreProvider';
import type { AppUpdate } from './AppUpdate';
import { ErrorBoundary } from './ErrorBoundary';
import { MemoryModeBanner } from './MemoryModeBanner';
import { OutdatedBanner } from './OutdatedBanner';
import { Routes } from './Routes';
import { SkipLink } from './SkipLink';
import { UpdateNotice } from './UpdateNotice';

interface Props {
  readonly store: AppStore;
  readonly storage: { readonly mode: 'indexeddb' | 'memory'; readonly reason: string | null };
  readonly initialLanguage?: Language;
  /** New versions from the service worker (none where there is no service worker). */
  readonly update?: AppUpdate | null;
}

/**
 * Providers (language, store), the error boundary, the storage warning, the routes, and the
 * update notice (outside the boundary: a new version may be what fixes an error).
 */
export function App({ store, storage, initialLanguage, update }: Props) {
  return (
    <StrictMode>
      <I18nProvider {...(initialLanguage === undefined ? {} : { initialLanguage })}>
        <SkipLink />
        <StoreProvider store={store}>
          <ErrorBoundary>
            {storage.mode === 'memory' && <MemoryModeBanner reason={storage.reason} />}
            <OutdatedBanner />
            <Routes />
          </ErrorBoundary>
          {update && <UpdateNotice update={update} memoryOnly={storage.mode === 'memory'} />}
        </StoreProvider>
      </I18nProvider>
    </StrictMode>
  );
}
