import { useAppStore } from '../../store/useAppStore';

/** Whether the open review's session is in anonymous mode (authors of notes hidden on screen). */
export function useAnonymous(): boolean {
  return useAppStore((s) => s.current?.session?.anonymous ?? false);
}
