import type { Dictionary } from './Dictionary';
import { en } from './en';
import { es } from './es';
import type { Language } from './languages';

export const DICTIONARIES: Readonly<Record<Language, Dictionary>> = { en, es };

/** The BCP 47 locale used for `Intl` formatting in each language. */
export const LOCALES: Readonly<Record<Language, string>> = { en: 'en', es: 'es' };
