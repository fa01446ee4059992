import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { LOCALES } from './dictionaries';
import { I18nContext, type I18nValue } from './I18nContext';
import { storeLanguage } from './languageStorage';
import type { Language } from './languages';
import { makeTranslate } from './makeTranslate';
import { startLanguage } from './startLanguage';

interface Props {
  /** Fixed start language (tests); otherwise the stored choice, else the browser's. */
  readonly initialLanguage?: Language;
  readonly children: ReactNode;
}

/** Provides `t`, the language and the locale; keeps `<html lang>` and the title in step. */
export function I18nProvider({ initialLanguage, children }: Props) {
  const [language, setLanguageState] = useState<Language>(() => initialLanguage ?? startLanguage());
  const setLanguage = useCallback((next: Language) => {
    storeLanguage(next);
    setLanguageState(next);
  }, []);
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = makeTranslate(language)('app.documentTitle');
  }, [language]);
  const value = useMemo<I18nValue>(
    () => ({ language, locale: LOCALES[language], t: makeTranslate(language), setLanguage }),
    [language, setLanguage],
  );
  return <I18nContext value={value}>{children}</I18nContext>;
}
