interface Props {
  /** Height in px of the rows it stands for. */
  readonly height: number;
  readonly columns: number;
}

/** Stands in for rows a virtualised table does not render; hidden from assistive tech. */
export function SpacerRow({ height, columns }: Props) {
  if (height <= 0) return null;
  return (
    <tr className="table-spacer" aria-hidden="true">
      <td colSpan={columns} style={{ height }} />
    </tr>
  );
}
