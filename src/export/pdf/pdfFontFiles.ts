/**
 * The TrueType fonts every PDF embeds (DejaVu Sans: Latin, Greek and Cyrillic; licence in
 * `public/fonts/DejaVu-LICENSE.txt`), as paths relative to `public/`: the app fetches
 * them when the user exports, the CLI reads them from disk.
 */
export const PDF_FONT_FILES = {
  regular: 'fonts/DejaVuSans.ttf',
  bold: 'fonts/DejaVuSans-Bold.ttf',
} as const;

/** The TTF files' bytes, as `renderReportPdf` takes them. */
export interface PdfFonts {
  readonly regular: Uint8Array;
  readonly bold: Uint8Array;
}

export type PdfPageSize = 'a4' | 'letter';
