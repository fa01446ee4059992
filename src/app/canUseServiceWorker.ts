/**
 * Whether this page can have a service worker: a secure context (https, or http on
 * localhost / 127.0.0.1) whose browser has the API. Elsewhere (plain http on another host,
 * jsdom, old browsers) the app runs without one, online only.
 */
export function canUseServiceWorker(scope: {
  readonly isSecureContext: boolean;
  readonly navigator: Navigator;
}): boolean {
  // `=== true`: jsdom leaves isSecureContext undefined.
  return scope.isSecureContext === true && 'serviceWorker' in scope.navigator;
}
