import { useContext } from 'react';
import type { AppStore } from './AppState';
import { AppStoreContext } from './AppStoreContext';

/** The store itself (for `getState()` in event handlers); throws outside `StoreProvider`. */
export function useAppStoreApi(): AppStore {
  const store = useContext(AppStoreContext);
  if (store === null) throw new Error('useAppStore needs a <StoreProvider> above it.');
  return store;
}
