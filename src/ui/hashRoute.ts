/**
 * The app's two places, as URL hashes: `#/` (all reviews) and `#/review/<id>`.
 * Features link with these; the app's router reads `location.hash`.
 */
export type Route = { readonly name: 'home' } | { readonly name: 'review'; readonly id: string };

export function homeHref(): string {
  return '#/';
}

export function reviewHref(id: string): string {
  return `#/review/${encodeURIComponent(id)}`;
}

export function parseRoute(hash: string): Route {
  const match = /^#\/review\/([^/]+)$/.exec(hash);
  if (match?.[1] !== undefined) {
    try {
      return { name: 'review', id: decodeURIComponent(match[1]) };
    } catch {
      return { name: 'home' };
    }
  }
  return { name: 'home' };
}

export function navigate(href: string): void {
  window.location.hash = href;
}
