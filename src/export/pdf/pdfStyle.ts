/**
 * The look of the PDF: one family (DejaVu Sans, regular and bold), dark text on white,
 * grey rules, and a shaded row with bold text (never colour alone) for what is over target.
 * Lengths are millimetres, font sizes points.
 */
export const PDF_FONT = 'DejaVuSans';

export const MARGIN = { top: 18, right: 15, bottom: 17, left: 15 } as const;

export const SIZE = {
  kicker: 9,
  title: 18,
  heading: 13,
  body: 9.5,
  table: 8.5,
  small: 7.5,
  figure: 13,
} as const;

export type Rgb = [number, number, number];

export const COLOR: Readonly<
  Record<'text' | 'muted' | 'rule' | 'headFill' | 'alarm' | 'alarmFill' | 'lateFill', Rgb>
> = {
  text: [31, 41, 51],
  muted: [92, 103, 115],
  rule: [203, 210, 217],
  headFill: [232, 237, 242],
  alarm: [155, 28, 28],
  alarmFill: [253, 232, 232],
  lateFill: [255, 246, 219],
};

/** Millimetres per point, and the line height as a multiple of the font size. */
export const MM_PER_PT = 25.4 / 72;
export const LINE_HEIGHT = 1.3;

export const lineHeightMm = (sizePt: number): number => sizePt * MM_PER_PT * LINE_HEIGHT;
