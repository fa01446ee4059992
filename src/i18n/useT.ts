import type { Translate } from './I18nContext';
import { useI18n } from './useI18n';

/** The translate function of the current language. */
export function useT(): Translate {
  return useI18n().t;
}
