import { StrictMode } from 'react';
import { I18nProvider } from '../i18n/I18nProvider';
import type { Language } from '../i18n/languages';
import type { AppStore } from '../store/AppState';
import { StoreProvider } from '../store/StoreProvider';
import { ErrorBoundary } from './ErrorBoundary';
import { MemoryModeBanner } from './MemoryModeBanner';
import { Routes } from './Routes';
import { SkipLink } from './SkipLink';

interface Props {
  readonly store: AppStore;
  readonly storage: { readonly mode: 'indexeddb' | 'memory'; readonly reason: string | null };
  readonly initialLanguage?: Language;
}

/** Providers (language, store), the error boundary, the storage warning and the routes. */
export function App({ store, storage, initialLanguage }: Props) {
  return (
    <StrictMode>
      <I18nProvider {...(initialLanguage === undefined ? {} : { initialLanguage })}>
        <SkipLink />
        <ErrorBoundary>
          <StoreProvider store={store}>
            {storage.mode === 'memory' && <MemoryModeBanner reason={storage.reason} />}
            <Routes />
          </StoreProvider>
        </ErrorBoundary>
      </I18nProvider>
    </StrictMode>
  );
}
