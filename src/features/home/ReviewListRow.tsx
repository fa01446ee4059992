import { formatDate } from '../../domain/time/formatDate';
import { formatMinutes } from '../../i18n/formatMinutes';
import { useI18n } from '../../i18n/useI18n';
import type { ReviewListItem } from '../../domain/reviewGateway';
import { reviewHref } from '../../ui/hashRoute';

interface Props {
  readonly item: ReviewListItem;
  readonly onDelete: (item: ReviewListItem) => void;
}

/** One review: its title (a link that opens it), the incident date, the longest gap. */
export function ReviewListRow({ item, onDelete }: Props) {
  const { t, locale } = useI18n();
  const title = item.review.title || item.incidentTitle;
  return (
    <tr>
      <th scope="row">
        <a href={reviewHref(item.review.id)}>{title}</a>
      </th>
      <td>
        {item.alert === null
          ? t('home.list.noAlert')
          : formatDate(item.alert, item.timeZone, locale)}
      </td>
      <td className="num">
        {item.longestGap === null
          ? t('common.none')
          : t('common.minutes', { value: formatMinutes(item.longestGap, locale) })}
      </td>
      <td>
        <div className="row-actions">
          <button
            type="button"
            className="button button-small button-danger-quiet"
            aria-label={t('home.list.deleteNamed', { title })}
            onClick={() => onDelete(item)}
          >
            {t('home.list.delete')}
          </button>
        </div>
      </td>
    </tr>
  );
}
