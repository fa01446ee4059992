import { useId, useState } from 'react';
import type { ActionStatus, PlanAction } from '../../domain/model';
import { useT } from '../../i18n/useT';

interface Props {
  readonly action: PlanAction;
  /** Saves the new status; rejects when it could not be saved. */
  readonly onChange: (status: ActionStatus) => Promise<void>;
}

type Choice = 'done' | 'not-done' | 'dropped';

const choiceOf = (status: ActionStatus): Choice =>
  status === 'done' ? 'done' : status === 'dropped' ? 'dropped' : 'not-done';

/**
 * One unfinished action of an earlier review: what, who, by when, and three choices.
 * "Not done" keeps it open (in progress stays in progress).
 */
export function FollowUpAction({ action, onChange }: Props) {
  const t = useT();
  const name = useId();
  const legendId = useId();
  // The choice shows at once; a failed save puts back what is stored.
  const [picked, setPicked] = useState<Choice | null>(null);
  const current = picked ?? choiceOf(action.status);
  const pick = (choice: Choice) => {
    if (choice === current) return;
    setPicked(choice);
    onChange(choice === 'not-done' ? 'open' : choice).catch(() => setPicked(null));
  };
  const choices: readonly { value: Choice; label: string }[] = [
    { value: 'done', label: t('followUp.done') },
    { value: 'not-done', label: t('followUp.notDone') },
    { value: 'dropped', label: t('followUp.dropped') },
  ];
  return (
    <li className={`follow-up-action follow-up-${current}`}>
      <p className="follow-up-text">{action.text}</p>
      <p className="follow-up-meta">
        {action.owner === '' ? t('followUp.noOwner') : t('followUp.owner', { owner: action.owner })}
        {action.deadline !== null && <> · {t('followUp.deadline', { date: action.deadline })}</>}
      </p>
      <fieldset className="follow-up-choices" aria-labelledby={legendId}>
        <legend id={legendId} className="visually-hidden">
          {t('followUp.status', { action: action.text })}
        </legend>
        {choices.map((c) => (
          <label key={c.value} className="follow-up-choice">
            <input
              type="radio"
              name={name}
              value={c.value}
              checked={current === c.value}
              onChange={() => pick(c.value)}
            />
            {c.label}
          </label>
        ))}
      </fieldset>
    </li>
  );
}
