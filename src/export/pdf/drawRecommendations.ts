import { RECOMMENDATIONS } from '../../domain/workshop/recommendations';
import type { PdfContext } from './PdfContext';

/** The common recommendations the plan's actions were drafted from, in the report's language. */
export function drawRecommendations({ model, w, t }: PdfContext): void {
  w.heading(t('export.pdf.recommendations'));
  const used = RECOMMENDATIONS.filter((r) => model.recommendations.includes(r.id));
  if (used.length === 0) {
    w.paragraph(t('export.pdf.rec.none'));
    return;
  }
  const lang = model.language;
  w.table({
    head: [t('export.pdf.rec.cause'), t('export.pdf.rec.action')],
    body: used.map((r) => [r.cause[lang], r.action[lang]]),
    columnStyles: { 0: { cellWidth: 70 } },
  });
}
