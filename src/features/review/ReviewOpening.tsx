import { useT } from '../../i18n/useT';

interface Props {
  /** The incident's title, once the review's head is read; null before. */
  readonly title: string | null;
  /** What is under way: its messages being read, or the page being made from them. */
  readonly step: 'reading' | 'preparing';
}

/**
 * The review page before the review is on it: its name as soon as it is known, and what it
 * is waiting for.
 */
export function ReviewOpening({ title, step }: Props) {
  const t = useT();
  if (title === null) return <p role="status">{t('review.loading')}</p>;
  return (
    <div className="panel review-opening">
      <h1>{title}</h1>
      <p role="status">{t(step === 'reading' ? 'review.reading' : 'review.preparing')}</p>
    </div>
  );
}
