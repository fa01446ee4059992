import { DICTIONARIES, LOCALES } from './dictionaries';
import type { Translate } from './I18nContext';
import type { Language } from './languages';
import { translate } from './translate';

/** `t(key, params)` for one language. */
export function makeTranslate(language: Language): Translate {
  const dictionary = DICTIONARIES[language];
  const locale = LOCALES[language];
  return (key, params) => translate(dictionary[key], locale, params);
}
