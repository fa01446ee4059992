import type { PdfPageSize } from './pdfFontFiles';

/** Where US Letter is the usual paper (CLDR's `paperSize` data); A4 everywhere else. */
const LETTER_REGIONS = new Set([
  'BZ',
  'CA',
  'CL',
  'CO',
  'CR',
  'GT',
  'MX',
  'NI',
  'PA',
  'PH',
  'PR',
  'SV',
  'US',
  'VE',
]);

function regionOf(tag: string): string | null {
  try {
    return new Intl.Locale(tag).maximize().region ?? null;
  } catch {
    return null;
  }
}

/**
 * The paper a reader in this locale most likely prints on: the first browser language
 * with a known region decides (`en-US`, `es-MX` → Letter; `es-ES`, `en-GB` → A4; a bare
 * `en` counts as the US).
 */
export function defaultPdfPageSize(languages: readonly string[]): PdfPageSize {
  for (const tag of languages) {
    const region = regionOf(tag);
    if (region !== null) return LETTER_REGIONS.has(region) ? 'letter' : 'a4';
  }
  return 'a4';
}
