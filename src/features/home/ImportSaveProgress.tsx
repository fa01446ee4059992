import { useI18n } from '../../i18n/useI18n';
import type { SaveProgress } from './useImportFlow';

interface Props {
  readonly progress: SaveProgress;
}

/**
 * **Saving the import**: a progress bar for a big import being written, with the count in
 * words. The bar's value speaks for itself; the words are for everyone else.
 */
export function ImportSaveProgress({ progress }: Props) {
  const { t, locale } = useI18n();
  const count = new Intl.NumberFormat(locale);
  const words = t('preview.saving', {
    written: count.format(progress.written),
    total: count.format(progress.total),
  });
  return (
    <div className="import-progress">
      <label className="import-progress-label">
        {t('preview.savingLabel')}
        <progress max={Math.max(1, progress.total)} value={progress.written} />
      </label>
      <p className="import-progress-words">{words}</p>
    </div>
  );
}
