import type { MessageKey } from '../i18n/Dictionary';
import { useT } from '../i18n/useT';
import type { StorageErrorKind } from '../store/AppState';
import { useAppStore } from '../store/useAppStore';

interface Props {
  readonly reason: string | null;
}

/** What the banner says for each cause of running in memory. */
const TEXT: Readonly<Record<StorageErrorKind, { title: MessageKey; body: MessageKey }>> = {
  unavailable: { title: 'app.memoryWarning.title', body: 'app.memoryWarning.body' },
  version: { title: 'storage.memory.version.title', body: 'storage.memory.version.body' },
  quota: { title: 'app.memoryWarning.title', body: 'storage.memory.quota.body' },
  unknown: { title: 'app.memoryWarning.title', body: 'storage.memory.unknown.body' },
};

/** Shown on every page when storage cannot be used: nothing will be kept, and why. */
export function MemoryModeBanner({ reason }: Props) {
  const t = useT();
  const cause = useAppStore((s) => s.storage.memoryCause) ?? 'unavailable';
  const text = TEXT[cause];
  return (
    <div className="banner banner-error memory-banner" role="alert">
      <p className="notice-title">{t(text.title)}</p>
      <p>{t(text.body)}</p>
      {reason !== null && (
        <p className="notice-details">{t('app.error.details', { message: reason })}</p>
      )}
    </div>
  );
}
