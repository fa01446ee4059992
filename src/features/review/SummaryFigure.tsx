interface Props {
  readonly label: string;
  readonly value: string;
  /** Highlights a figure that shows a problem (e.g. gaps over target > 0). */
  readonly alarm?: boolean;
}

/** One figure of the Summary: a term and its value. */
export function SummaryFigure({ label, value, alarm = false }: Props) {
  return (
    <div className={alarm ? 'figure figure-alarm' : 'figure'}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
