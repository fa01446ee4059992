import type { Route } from '../ui/hashRoute';

export interface StartRouteDeps {
  /** Starts loading the code of a route's page (`preloadPage`). */
  readonly preloadPage: (route: Route) => void;
  /** Opens a review in the store (the page asking for it later gets the same opening). */
  readonly openReview: (id: string) => Promise<void>;
}

/**
 * What the app does for the page it starts on before that page is rendered: the page's
 * code loads while storage opens (`preload`, called first), and the review a review or
 * presenter page shows is read as soon as storage is open (`open`, called with the store).
 */
export function startRoute(route: Route): {
  preload: (deps: Pick<StartRouteDeps, 'preloadPage'>) => void;
  open: (deps: Pick<StartRouteDeps, 'openReview'>) => void;
} {
  return {
    preload: ({ preloadPage }) => preloadPage(route),
    open: ({ openReview }) => {
      // A failed read shows on the page itself ("missing"), which asks for the same opening.
      if (route.name === 'review' || route.name === 'present') void openReview(route.id);
    },
  };
}
