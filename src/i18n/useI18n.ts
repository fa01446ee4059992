import { useContext } from 'react';
import { I18nContext, type I18nValue } from './I18nContext';

/** The current language, locale, `t` and `setLanguage`. */
export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (value === null) throw new Error('useI18n needs an <I18nProvider> above it.');
  return value;
}
