import { useId } from 'react';
import type { Preparation } from '../../../domain/model';
import { useT } from '../../../i18n/useT';
import type { PreparationPatch } from '../../../store/AppState';
import { AutosaveText } from './AutosaveText';
import { ChoiceGroup } from './ChoiceGroup';
import type { PrepFieldIds } from './prepFieldIds';

interface Props {
  readonly preparation: Preparation | null;
  readonly ids: PrepFieldIds;
  readonly onSave: (patch: PreparationPatch) => void;
}

/** The information checklist: expected duration, who was affected, workarounds. */
export function ChecklistSection({ preparation: prep, ids, onSave }: Props) {
  const t = useT();
  const headingId = useId();
  return (
    <section className="prep-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('prep.checklist.heading')}</h3>
      <p className="field-hint">{t('prep.checklist.intro')}</p>
      <AutosaveText
        id={ids.expectedDuration}
        label={t('prep.duration.label')}
        hint={t('prep.duration.hint')}
        value={prep?.expectedDuration ?? ''}
        onSave={(expectedDuration) => onSave({ expectedDuration })}
      />
      <ChoiceGroup
        legend={t('prep.affected.legend')}
        firstId={ids.affected}
        choices={[
          { value: 'all', label: t('prep.affected.all') },
          { value: 'some', label: t('prep.affected.some') },
        ]}
        value={prep?.affected ?? null}
        onChange={(affected) => onSave({ affected })}
      >
        {prep?.affected === 'some' && (
          <AutosaveText
            id={ids.affectedDetail}
            label={t('prep.affected.detail')}
            value={prep.affectedDetail}
            onSave={(affectedDetail) => onSave({ affectedDetail })}
          />
        )}
      </ChoiceGroup>
      <ChoiceGroup
        legend={t('prep.workaround.legend')}
        firstId={ids.workaround}
        choices={[
          { value: true, label: t('prep.workaround.yes') },
          { value: false, label: t('prep.workaround.no') },
        ]}
        value={prep?.workaroundAvailable ?? null}
        onChange={(workaroundAvailable) => onSave({ workaroundAvailable })}
      >
        {prep?.workaroundAvailable === true && (
          <AutosaveText
            id={ids.workaroundText}
            label={t('prep.workaround.text')}
            value={prep.workaround}
            multiline
            onSave={(workaround) => onSave({ workaround })}
          />
        )}
      </ChoiceGroup>
    </section>
  );
}
