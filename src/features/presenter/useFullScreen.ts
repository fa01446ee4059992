import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  document.addEventListener('fullscreenchange', onChange);
  return () => document.removeEventListener('fullscreenchange', onChange);
}

const isActive = (): boolean => document.fullscreenElement != null;
const isSupported = (): boolean =>
  document.fullscreenEnabled === true &&
  typeof document.documentElement.requestFullscreen === 'function';

/** Whether this document can go full screen, and whether something in it is now. */
export function useFullScreen(): { readonly supported: boolean; readonly active: boolean } {
  const active = useSyncExternalStore(subscribe, isActive, () => false);
  const supported = useSyncExternalStore(subscribe, isSupported, () => false);
  return { supported, active };
}
