import type { AppStore } from '../store/AppState';

/**
 * Asks the browser to keep Gapline's data on the first write of this page (an edit, an
 * import, a new review), never on load (reliability Table 1, row 1). Returns the stop.
 */
export function keepStorageOnFirstWrite(store: AppStore): () => void {
  const stop = store.subscribe((state, previous) => {
    if (state.save.pending <= previous.save.pending) return;
    stop();
    void state.actions.keepStorage();
  });
  return stop;
}
