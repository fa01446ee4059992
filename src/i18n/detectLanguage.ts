import { isLanguage, type Language } from './languages';

/**
 * The language to start in: the one the user picked before (stored), else the browser's
 * (`es…` → Spanish), else English.
 */
export function detectLanguage(
  stored: string | null,
  browserLanguages: readonly string[],
): Language {
  if (isLanguage(stored)) return stored;
  const first = browserLanguages.find((l) => l.trim() !== '');
  return first?.toLowerCase().startsWith('es') === true ? 'es' : 'en';
}
