import type { Language } from './languages';

const KEY = 'gapline.language';

/** The stored language choice; null when none or when storage is unavailable. */
export function readStoredLanguage(): string | null {
  try {
    return globalThis.localStorage?.getItem(KEY) ?? null;
  } catch {
    return null;
  }
}

export function storeLanguage(language: Language): void {
  try {
    globalThis.localStorage?.setItem(KEY, language);
  } catch {
    // Private mode or disabled storage: the choice lasts for this visit only.
  }
}
