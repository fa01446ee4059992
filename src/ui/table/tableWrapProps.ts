import type { CSSProperties } from 'react';
import { RENDER_AT_ONCE } from './useDeferredRows';
import { VIRTUALIZE_ABOVE } from './useTableRows';

/** Caption, header row and legend of a data table, roughly (px). */
const CHROME_PX = 120;

/** Props of the `.table-wrap` box around a table of `rows` rows of about `rowPx` each. */
export interface TableWrapProps {
  readonly className: string;
  readonly style?: CSSProperties;
}

/**
 * The box around a data table. A long table that renders every row (more than
 * RENDER_AT_ONCE, at most VIRTUALIZE_ABOVE) is skipped by the browser's layout and paint
 * while it is far from the screen (`content-visibility: auto`, class `table-skippable`),
 * standing in with the height of its caption and rows, about right, until first drawn; the
 * browser then remembers its real height. Shorter tables cost little to lay out, and longer
 * ones render only the rows near the screen, so both are laid out as usual (an accessibility
 * checker also misreads the colours of skipped content: axe-core issue 2768).
 */
export function tableWrapProps(rows: number, rowPx: number): TableWrapProps {
  if (rows <= RENDER_AT_ONCE || rows > VIRTUALIZE_ABOVE) return { className: 'table-wrap' };
  return {
    className: 'table-wrap table-skippable',
    style: { containIntrinsicBlockSize: `auto ${Math.round(CHROME_PX + rows * rowPx)}px` },
  };
}
