import type { Communication } from '../domain/model';
import { formatInstant } from '../domain/time/formatInstant';
import { useI18n } from '../i18n/useI18n';

interface Props {
  readonly x: number;
  readonly y: number;
  readonly communication: Communication;
  readonly channel: string;
  readonly zone: string;
  /** Messages drawn by the same (binned) dot. */
  readonly count: number;
}

const FIRST_WORDS = 140;

/**
 * Time, channel, author and the first words of a message, beside its dot. Hidden from
 * screen readers: the focused row of the Timeline table says the same.
 */
export function DotTooltip({ x, y, communication, channel, zone, count }: Props) {
  const { t, locale } = useI18n();
  const text =
    communication.text.length > FIRST_WORDS
      ? `${communication.text.slice(0, FIRST_WORDS).trimEnd()}…`
      : communication.text;
  return (
    <div className="dot-tooltip" style={{ left: x, top: y }} aria-hidden="true">
      <strong>
        {formatInstant(communication.instant, zone, locale)} · {channel}
      </strong>
      <span>
        {t(`timeline.kind.${communication.kind}`)} ·{' '}
        {communication.author || t('timeline.anonymous')}
      </span>
      <span className="dot-tooltip-text">{text}</span>
      {count > 1 && <span>{t('timeline.binned', { count })}</span>}
    </div>
  );
}
