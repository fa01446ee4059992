import type { Translate } from '../../i18n/I18nContext';

/** What a text export words itself with: the report's language as a `Translate`, its locale. */
export interface TextExportWords {
  readonly t: Translate;
  /** BCP 47 locale for dates and numbers (`LOCALES[model.language]`). */
  readonly locale: string;
}
