import { useId } from 'react';
import type { ReviewData } from '../../../domain/model';
import { useT } from '../../../i18n/useT';
import type { PreparationPatch } from '../../../store/AppState';
import { AutosaveText } from './AutosaveText';
import { ScreenshotsSection } from './ScreenshotsSection';

interface Props {
  readonly data: ReviewData;
  readonly impactId: string;
  readonly onSave: (patch: PreparationPatch) => void;
}

/** What customers saw that told them something was wrong, in words and screenshots. */
export function CustomerSection({ data, impactId, onSave }: Props) {
  const t = useT();
  const headingId = useId();
  return (
    <section className="prep-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('prep.customer.heading')}</h3>
      <AutosaveText
        id={impactId}
        label={t('prep.customer.impact')}
        hint={t('prep.customer.impactHint')}
        value={data.preparation?.customerImpact ?? ''}
        multiline
        onSave={(customerImpact) => onSave({ customerImpact })}
      />
      <ScreenshotsSection reviewId={data.review.id} attachments={data.attachments} />
    </section>
  );
}
