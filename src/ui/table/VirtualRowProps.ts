/** What a row of a possibly virtualised table receives from `useTableRows`. */
export interface VirtualRowProps {
  /** The row's index among the body rows when the table is virtualised, else undefined. */
  readonly rowIndex?: number | undefined;
  /** Measures the row's real height (virtualised tables only). */
  readonly measureRef?: ((element: HTMLTableRowElement | null) => void) | undefined;
}

/**
 * Attributes of a row at `rowIndex` in a virtualised table: its 1-based position for
 * assistive tech (`aria-rowindex`, the header row being 1) and the index the virtualiser
 * measures it by. Nothing when the table renders every row.
 */
export function virtualRowAttributes(rowIndex: number | undefined): {
  'aria-rowindex'?: number;
  'data-index'?: number;
} {
  return rowIndex === undefined ? {} : { 'aria-rowindex': rowIndex + 2, 'data-index': rowIndex };
}
