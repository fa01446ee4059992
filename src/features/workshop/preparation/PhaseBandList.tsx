import { PHASE_COLOURS } from '../../../canvas/palette';
import type { Phase } from '../../../domain/model';
import { formatInstant } from '../../../domain/time/formatInstant';
import { formatMinutes } from '../../../i18n/formatMinutes';
import { useI18n } from '../../../i18n/useI18n';

interface Props {
  readonly phases: readonly Phase[];
  readonly zone: string;
  /** The heading that names the list. */
  readonly labelledBy: string;
}

/** `13:12 – 14:15 UTC−03:00`: the offset once when both ends share it. */
function span(start: number, end: number, zone: string): { from: string; to: string } {
  const from = formatInstant(start, zone);
  const to = formatInstant(end, zone);
  const [fromClock = from, fromOffset] = from.split(' ');
  const [, toOffset] = to.split(' ');
  return { from: fromOffset === toOffset ? fromClock : from, to };
}

/** The phase bands as the timeline draws them, in time order. */
export function PhaseBandList({ phases, zone, labelledBy }: Props) {
  const { t, locale } = useI18n();
  if (phases.length === 0) return <p className="muted">{t('prep.phases.noBands')}</p>;
  const sorted = [...phases].sort((a, b) => a.start - b.start);
  return (
    <ul className="prep-bands" aria-labelledby={labelledBy}>
      {sorted.map((p) => (
        <li key={p.id}>
          <span
            className="prep-band-swatch"
            style={{ background: PHASE_COLOURS[p.kind] }}
            aria-hidden="true"
          />
          <span className="prep-band-name">{t(`prep.phases.${p.kind}`)}</span>{' '}
          <span>{t('prep.phases.band', span(p.start, p.end, zone))}</span>{' '}
          <span className="muted">
            ({t('common.minutes', { value: formatMinutes((p.end - p.start) / 60_000, locale) })})
          </span>
        </li>
      ))}
    </ul>
  );
}
