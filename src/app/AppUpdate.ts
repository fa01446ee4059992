/**
 * A new version of the app that the service worker has installed and keeps waiting until the
 * user takes it (**Reload to update**): the page never reloads by itself in a session.
 */
export interface AppUpdate {
  /** How many times a new version was found while this page is open (0: none). */
  readonly found: () => number;
  /** Calls `listener` each time a new version is found; returns the unsubscribe. */
  readonly subscribe: (listener: () => void) => () => void;
  /** Saves what is pending, lets the new version take over, and reloads the page. */
  readonly apply: () => Promise<void>;
}
