import type { jsPDF } from 'jspdf';
import type { PdfFonts } from './pdfFontFiles';
import { PDF_FONT } from './pdfStyle';

/** Bytes as a binary string, the form jspdf's virtual file system keeps fonts in. */
function binaryString(bytes: Uint8Array): string {
  const chunks: string[] = [];
  const size = 0x2000;
  // `apply` on a typed array: spreading one walks its iterator, many times slower.
  for (let i = 0; i < bytes.length; i += size)
    chunks.push(
      String.fromCharCode.apply(null, bytes.subarray(i, i + size) as unknown as number[]),
    );
  return chunks.join('');
}

/**
 * Embeds the TTFs as one family, regular and bold (jspdf-autotable's bold header would
 * otherwise fall back to a standard font and garble). jspdf subsets them on output.
 */
export function registerPdfFonts(doc: jsPDF, fonts: PdfFonts): void {
  doc.addFileToVFS(`${PDF_FONT}.ttf`, binaryString(fonts.regular));
  doc.addFont(`${PDF_FONT}.ttf`, PDF_FONT, 'normal', undefined, 'Identity-H');
  doc.addFileToVFS(`${PDF_FONT}-Bold.ttf`, binaryString(fonts.bold));
  doc.addFont(`${PDF_FONT}-Bold.ttf`, PDF_FONT, 'bold', undefined, 'Identity-H');
  doc.setFont(PDF_FONT, 'normal');
}
