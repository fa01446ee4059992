import type { jsPDF } from 'jspdf';
import { autoTable, type CellHook, type CellInput, type Styles } from 'jspdf-autotable';
import type { PdfTextCleaner } from './makePdfTextCleaner';
import type { PdfPageSize } from './pdfFontFiles';
import { COLOR, lineHeightMm, MARGIN, PDF_FONT, SIZE, type Rgb } from './pdfStyle';

export interface TextStyle {
  readonly size?: number;
  readonly bold?: boolean;
  readonly color?: Rgb;
  /** At most this many characters (then a visible cut marker). */
  readonly max?: number;
}

export interface TableSpec {
  /** One header row, repeated on every page the table runs onto; none for a plain list. */
  readonly head: readonly string[] | null;
  readonly body: readonly (readonly CellInput[])[];
  readonly columnStyles?: Readonly<Record<number, Partial<Styles>>>;
  readonly theme?: 'grid' | 'plain';
  /** Styles one cell once its text is known (`data.row.index`, `data.column.index`). */
  readonly didParseCell?: CellHook;
  /** Just before and after a cell is drawn (its text is wrapped into lines by then). */
  readonly willDrawCell?: CellHook;
  readonly didDrawCell?: CellHook;
}

const CELL_PADDING = 1.6;

const asLines = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(String) : [String(value)];

/**
 * Writes the report top to bottom: a cursor (`y`, in mm) that moves down the page, wrapped
 * paragraphs and headings that never split from what follows, and tables (jspdf-autotable)
 * that continue on the next page under their repeated header. Every string goes through
 * the text cleaner first: nothing reaches jspdf that its font cannot draw.
 */
export class PdfWriter {
  y: number = MARGIN.top;

  constructor(
    readonly doc: jsPDF,
    private readonly pageSize: PdfPageSize,
    readonly text: PdfTextCleaner,
  ) {}

  get pageWidth(): number {
    return this.doc.internal.pageSize.getWidth();
  }

  get pageHeight(): number {
    return this.doc.internal.pageSize.getHeight();
  }

  get contentWidth(): number {
    return this.pageWidth - MARGIN.left - MARGIN.right;
  }

  get bottom(): number {
    return this.pageHeight - MARGIN.bottom;
  }

  newPage(orientation: 'portrait' | 'landscape' = 'portrait'): void {
    // Format and orientation every time: jspdf keeps the last ones for the next page.
    this.doc.addPage(this.pageSize, orientation);
    this.y = MARGIN.top;
  }

  /** A new page unless `height` mm still fit on this one. */
  ensure(height: number): void {
    if (this.y + height > this.bottom) this.newPage();
  }

  space(mm: number): void {
    this.y += mm;
  }

  font(size: number, bold: boolean, color: Rgb): void {
    this.doc.setFont(PDF_FONT, bold ? 'bold' : 'normal');
    this.doc.setFontSize(size);
    this.doc.setTextColor(...color);
  }

  /** A table column as wide as the widest of `texts` on one line (table font), at least `min` mm. */
  columnWidth(texts: readonly string[], min: number, bold = false): number {
    this.font(SIZE.table, bold, COLOR.text);
    const widest = Math.max(
      0,
      ...texts.map((text) => this.doc.getTextWidth(this.text.clean(text))),
    );
    return Math.max(min, Math.ceil(widest + 2 * CELL_PADDING + 0.5));
  }

  /** The lines a text wraps into at `width` mm, in the current font. */
  wrap(text: string, width: number): string[] {
    return asLines(this.doc.splitTextToSize(text, width));
  }

  /** A wrapped paragraph, continued on the next page when it runs out of room. */
  paragraph(text: string, style: TextStyle = {}): void {
    const size = style.size ?? SIZE.body;
    this.font(size, style.bold ?? false, style.color ?? COLOR.text);
    const height = lineHeightMm(size);
    for (const line of this.wrap(this.text.clean(text, style.max), this.contentWidth)) {
      this.ensure(height);
      this.doc.text(line, MARGIN.left, this.y, { baseline: 'top' });
      this.y += height;
    }
  }

  /** A section heading, kept on one page with at least `keep` mm of what follows. */
  heading(text: string, keep = 28): void {
    const height = lineHeightMm(SIZE.heading);
    if (this.y > MARGIN.top) this.space(4);
    this.ensure(height + keep);
    this.paragraph(text, { size: SIZE.heading, bold: true });
    this.space(1.5);
  }

  /** A table in the house style, from the cursor on; the cursor ends below it. */
  table(spec: TableSpec): void {
    const clean = (cell: CellInput): CellInput => {
      if (typeof cell === 'string') return this.text.clean(cell);
      if (cell !== null && typeof cell === 'object' && !Array.isArray(cell)) {
        const content = cell.content;
        return typeof content === 'string' ? { ...cell, content: this.text.clean(content) } : cell;
      }
      return cell;
    };
    let end = this.y;
    autoTable(this.doc, {
      theme: spec.theme ?? 'grid',
      startY: this.y,
      margin: { ...MARGIN },
      showHead: 'everyPage',
      // A row moves whole to the next page unless it is taller than a page.
      rowPageBreak: 'avoid',
      styles: {
        font: PDF_FONT,
        fontStyle: 'normal',
        fontSize: SIZE.table,
        textColor: COLOR.text,
        lineColor: COLOR.rule,
        lineWidth: spec.theme === 'plain' ? 0 : 0.2,
        cellPadding: CELL_PADDING,
        overflow: 'linebreak',
        valign: 'top',
      },
      headStyles: { font: PDF_FONT, fontStyle: 'bold', fillColor: COLOR.headFill },
      ...(spec.head === null ? {} : { head: [spec.head.map(clean)] }),
      body: spec.body.map((row) => row.map(clean)),
      ...(spec.columnStyles === undefined ? {} : { columnStyles: { ...spec.columnStyles } }),
      ...(spec.didParseCell === undefined ? {} : { didParseCell: spec.didParseCell }),
      ...(spec.willDrawCell === undefined ? {} : { willDrawCell: spec.willDrawCell }),
      ...(spec.didDrawCell === undefined ? {} : { didDrawCell: spec.didDrawCell }),
      didDrawPage: (data) => {
        if (data.cursor !== null) end = data.cursor.y;
      },
    });
    this.y = end + 2;
  }
}
