/**
 * Messages of the PDF action plan (the button and the document's own words), in English
 * and Spanish. `en.ts` and `es.ts` spread them in.
 */
import type { AreaMessages } from './AreaMessages';

export const exportPdfEn = {
  'export.pdf.button': 'Download PDF',
} as const;

export const exportPdfEs: AreaMessages<typeof exportPdfEn> = {
  'export.pdf.button': 'Descargar PDF',
};
