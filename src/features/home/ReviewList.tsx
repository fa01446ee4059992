import { useId, type ReactNode } from 'react';
import { useT } from '../../i18n/useT';
import type { ReviewListItem } from '../../domain/reviewGateway';
import { ReviewListRow } from './ReviewListRow';

interface Props {
  readonly items: readonly ReviewListItem[];
  readonly loaded: boolean;
  readonly onDelete: (item: ReviewListItem) => void;
  /** Shown under the list, inside its panel (the backup of all reviews). */
  readonly footer?: ReactNode;
}

/** The reviews kept in this browser, newest first as the store lists them. */
export function ReviewList({ items, loaded, onDelete, footer }: Props) {
  const t = useT();
  const headingId = useId();
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('home.list.heading')}</h2>
      {!loaded ? (
        <p role="status">{t('home.list.loading')}</p>
      ) : items.length === 0 ? (
        <p className="empty">{t('home.list.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table review-table">
            <caption className="visually-hidden">{t('home.list.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('home.list.review')}</th>
                <th scope="col">{t('home.list.incidentDate')}</th>
                <th scope="col" className="num">
                  {t('home.list.longestGap')}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{t('home.list.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <ReviewListRow key={item.review.id} item={item} onDelete={onDelete} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {footer}
    </section>
  );
}
