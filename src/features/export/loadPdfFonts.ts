import { PDF_FONT_FILES, type PdfFonts } from '../../export/pdf/pdfFontFiles';

/**
 * The font could not be fetched: an HTTP error (a broken install), or no answer at all
 * (`status` null: offline before the font was cached).
 */
export class PdfFontError extends Error {
  constructor(readonly status: number | null) {
    super(status === null ? 'PDF font: no answer' : `PDF font: HTTP ${status}`);
    this.name = 'PdfFontError';
  }
}

async function fetchFont(path: string): Promise<Uint8Array> {
  const response = await fetch(`${import.meta.env.BASE_URL}${path}`).catch(() => {
    throw new PdfFontError(null);
  });
  if (!response.ok) throw new PdfFontError(response.status);
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * The PDF's fonts, fetched from the app's own `fonts/` each time a PDF is made — never
 * before (so the first screen does not pay for them), and from the browser's cache (or,
 * later, the service worker's) after the first time.
 */
export async function loadPdfFonts(): Promise<PdfFonts> {
  const [regular, bold] = await Promise.all([
    fetchFont(PDF_FONT_FILES.regular),
    fetchFont(PDF_FONT_FILES.bold),
  ]);
  return { regular, bold };
}
