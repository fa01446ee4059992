import { memo } from 'react';
import type { Gap } from '../../domain/gaps/types';
import { formatInstant } from '../../domain/time/formatInstant';
import { formatMinutes } from '../../i18n/formatMinutes';
import { useI18n } from '../../i18n/useI18n';
import { StarIcon } from '../../ui/StarIcon';
import { virtualRowAttributes, type VirtualRowProps } from '../../ui/table/VirtualRowProps';
import { WarningIcon } from '../../ui/WarningIcon';
import { gapEndText } from '../../i18n/gapEndText';

interface Props extends VirtualRowProps {
  readonly gap: Gap;
  readonly zone: string;
  /** Id of the words "Longest gap", which describe the status cell of the longest rows. */
  readonly longestLegendId: string;
}

/**
 * One gap: `From` and `To` as "label · time", the minutes (one decimal at most) and the
 * status word. Over-target rows carry a warning sign and a stronger style; the longest
 * gap(s) a star, so neither depends on colour alone.
 */
export const GapRow = memo(function GapRow({
  gap,
  zone,
  longestLegendId,
  rowIndex,
  measureRef,
}: Props) {
  const { t, locale } = useI18n();
  const className = `gap-row gap-${gap.status}${gap.longest ? ' gap-longest' : ''}`;
  return (
    <tr className={className} ref={measureRef} {...virtualRowAttributes(rowIndex)}>
      <td>
        {gapEndText(gap.fromEnd, t)} · {formatInstant(gap.from, zone, locale)}
      </td>
      <td>
        {gapEndText(gap.toEnd, t)} · {formatInstant(gap.to, zone, locale)}
      </td>
      <td className="num">{formatMinutes(gap.minutes, locale)}</td>
      <td className="gap-status" aria-describedby={gap.longest ? longestLegendId : undefined}>
        {gap.status !== 'ok' && <WarningIcon />}
        <span>{t(`gaps.status.${gap.status}`)}</span>
        {gap.longest && <StarIcon />}
      </td>
    </tr>
  );
});
