import { createContext } from 'react';
import type { MessageKey } from './Dictionary';
import type { Language } from './languages';
import type { MessageParams } from './Message';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

export interface I18nValue {
  readonly language: Language;
  /** Locale for `Intl` formatting (dates, numbers, plural rules). */
  readonly locale: string;
  readonly t: Translate;
  readonly setLanguage: (language: Language) => void;
}

export const I18nContext = createContext<I18nValue | null>(null);
