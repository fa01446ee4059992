import { useEffect, useState } from 'react';
import type { AppState } from './AppState';
import { useAppStoreApi } from './useAppStoreApi';

/**
 * A slice of the app state, like `useAppStore`, for a value that changes often and may be
 * shown a moment late: a progress count. `useAppStore` goes through React's
 * `useSyncExternalStore`, which renders every change of the store at once, as a
 * synchronous update: that breaks off a render React is doing in the background (which
 * then starts again), and takes every other pending ordinary update along into the same
 * task. During a 100,000-message import the save's progress changed every 15–40 ms while
 * the review page was still being put together in the background; traced, one such change
 * rendered the drawing's next stage with it, in a task of 52 ms. Here a change is an
 * ordinary update of the component's own state, which a background render does not stop
 * for. `selector` must keep its identity between renders (a module function or a
 * `useCallback`); a new one is read after the render that brings it.
 */
export function useAppStoreUnhurried<T>(selector: (state: AppState) => T): T {
  const api = useAppStoreApi();
  const [value, setValue] = useState(() => selector(api.getState()));
  useEffect(() => {
    const read = () => setValue(() => selector(api.getState()));
    read();
    return api.subscribe(read);
  }, [api, selector]);
  return value;
}
