import { useT } from '../i18n/useT';

interface Props {
  readonly reason: string | null;
}

/** Shown on every page when storage is unavailable: nothing will be kept. */
export function MemoryModeBanner({ reason }: Props) {
  const t = useT();
  return (
    <div className="banner banner-error memory-banner" role="alert">
      <p className="notice-title">{t('app.memoryWarning.title')}</p>
      <p>{t('app.memoryWarning.body')}</p>
      {reason !== null && (
        <p className="notice-details">{t('app.error.details', { message: reason })}</p>
      )}
    </div>
  );
}
