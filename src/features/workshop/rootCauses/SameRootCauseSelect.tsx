import { useId } from 'react';
import type { RootCause } from '../../../domain/model';
import { useT } from '../../../i18n/useT';
import { rootCauseLabel } from '../rootCauseLabel';

interface Props {
  readonly rootCauses: readonly RootCause[];
  /** The note's text, so the control says which problem it is about. */
  readonly describedBy: string;
  readonly onPick: (rootCauseId: string) => void;
}

/** "Same root cause as…": ties the problem to a root cause found for another problem. */
export function SameRootCauseSelect({ rootCauses, describedBy, onPick }: Props) {
  const t = useT();
  const id = useId();
  return (
    <div className="field same-root-cause">
      <label htmlFor={id}>{t('plan.rc.same')}</label>
      <select
        id={id}
        value=""
        aria-describedby={describedBy}
        onChange={(e) => {
          if (e.target.value !== '') onPick(e.target.value);
        }}
      >
        <option value="">{t('plan.rc.same.choose')}</option>
        {rootCauses.map((rc) => (
          <option key={rc.id} value={rc.id}>
            {rootCauseLabel(rc)}
          </option>
        ))}
      </select>
    </div>
  );
}
