import { createContext } from 'react';
import type { AppStore } from './AppState';

/** The store handed down by `StoreProvider`; null outside one. */
export const AppStoreContext = createContext<AppStore | null>(null);
