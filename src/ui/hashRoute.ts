/**
 * The app's places, as URL hashes: `#/` (all reviews), `#/history` (every review side by
 * side), `#/review/<id>` and `#/review/<id>/present` (the presenter view of a review, for
 * a projector).
 * Features link with these; the app's router reads `location.hash`.
 */
export type Route =
  | { readonly name: 'home' }
  | { readonly name: 'history' }
  | { readonly name: 'review'; readonly id: string }
  | { readonly name: 'present'; readonly id: string };

export function homeHref(): string {
  return '#/';
}

export function historyHref(): string {
  return '#/history';
}

export function reviewHref(id: string): string {
  return `#/review/${encodeURIComponent(id)}`;
}

export function presenterHref(id: string): string {
  return `${reviewHref(id)}/present`;
}

export function parseRoute(hash: string): Route {
  if (hash === historyHref()) return { name: 'history' };
  const match = /^#\/review\/([^/]+)(\/present)?$/.exec(hash);
  if (match?.[1] !== undefined) {
    try {
      const id = decodeURIComponent(match[1]);
      return match[2] === undefined ? { name: 'review', id } : { name: 'present', id };
    } catch {
      return { name: 'home' };
    }
  }
  return { name: 'home' };
}

export function navigate(href: string): void {
  window.location.hash = href;
}
