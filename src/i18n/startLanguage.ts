import { detectLanguage } from './detectLanguage';
import { readStoredLanguage } from './languageStorage';
import type { Language } from './languages';

function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

/** The language the app starts in: the stored choice, else the browser's. */
export function startLanguage(): Language {
  return detectLanguage(readStoredLanguage(), browserLanguages());
}
