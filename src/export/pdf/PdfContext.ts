import type { ReportModel } from '../../domain/report/reportModel';
import type { Translate } from '../../i18n/I18nContext';
import type { PdfWriter } from './PdfWriter';

/** What every section of the PDF draws with: the model, the writer and the words. */
export interface PdfContext {
  readonly model: ReportModel;
  readonly w: PdfWriter;
  readonly t: Translate;
  /** BCP 47 locale for dates and numbers. */
  readonly locale: string;
}
