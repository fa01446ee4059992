import type { JSX, ReactNode } from 'react';
import type { AppStore } from './AppState';
import { AppStoreContext } from './AppStoreContext';

/** Makes `store` available to `useAppStore` below it. */
export function StoreProvider(props: { store: AppStore; children: ReactNode }): JSX.Element {
  return <AppStoreContext.Provider value={props.store}>{props.children}</AppStoreContext.Provider>;
}
