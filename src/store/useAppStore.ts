import { useStore } from 'zustand';
import type { AppState } from './AppState';
import { useAppStoreApi } from './useAppStoreApi';

/**
 * A slice of the app state; the component re-renders when the selected value changes
 * (by `Object.is`). Select narrowly, or use the memoised selectors in `./selectors`;
 * a selector that builds a new object each time needs zustand's `useShallow`.
 */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStoreApi(), selector);
}
