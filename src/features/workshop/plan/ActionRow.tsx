import { useId, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { ACTION_STATUSES, type ActionStatus, type PlanAction } from '../../../domain/model';
import type { PlanWarning } from '../../../domain/workshop/planWarnings';
import { useT } from '../../../i18n/useT';

export type ActionPatch = Partial<Pick<PlanAction, 'text' | 'owner' | 'deadline' | 'status'>>;

interface Props {
  readonly action: PlanAction;
  /** The warnings about this action (never blocking). */
  readonly warnings: readonly PlanWarning[];
  /** The `datalist` of the people in the room, for the owner. */
  readonly ownerListId: string;
  /** Focus the action's text on mount (it was just added). */
  readonly autoFocus: boolean;
  readonly onSave: (patch: ActionPatch) => void;
  readonly onDelete: () => void;
}

const isStatus = (v: string): v is ActionStatus =>
  (ACTION_STATUSES as readonly string[]).includes(v);

/**
 * One action of the plan. Text, owner and deadline save when the field loses focus (one
 * write each, only when changed), the status when it changes. Each field shows the stored
 * value again after undo or a change from another window (it is keyed by that value).
 */
export function ActionRow({ action, warnings, ownerListId, autoFocus, onSave, onDelete }: Props) {
  const t = useT();
  const warningsId = useId();
  const textRef = useRef<HTMLTextAreaElement>(null);
  // Focused as the row appears (before paint), not an effect later.
  useLayoutEffect(() => {
    if (autoFocus) textRef.current?.focus();
  }, [autoFocus]);
  const described = warnings.length > 0 ? warningsId : undefined;
  // Enter in a one-line field saves it, as leaving it does.
  const saveOnEnter = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') e.currentTarget.blur();
  };

  return (
    <tr className={warnings.length > 0 ? 'action-row action-row-warned' : 'action-row'}>
      <td className="action-text">
        <textarea
          key={action.text}
          ref={textRef}
          rows={2}
          aria-label={t('plan.actions.action')}
          aria-describedby={described}
          defaultValue={action.text}
          onBlur={(e) => {
            if (e.target.value !== action.text) onSave({ text: e.target.value });
          }}
        />
        {warnings.length > 0 && (
          <ul id={warningsId} className="action-warnings">
            {warnings.map((w) => (
              <li key={w.code}>{t(`plan.warn.${w.code}`)}</li>
            ))}
          </ul>
        )}
      </td>
      <td>
        <input
          key={action.owner}
          type="text"
          className="action-owner"
          list={ownerListId}
          aria-label={t('plan.actions.owner')}
          defaultValue={action.owner}
          onKeyDown={saveOnEnter}
          onBlur={(e) => {
            const owner = e.target.value.trim();
            if (owner !== action.owner) onSave({ owner });
          }}
        />
      </td>
      <td>
        <input
          key={action.deadline ?? ''}
          type="date"
          aria-label={t('plan.actions.deadline')}
          defaultValue={action.deadline ?? ''}
          onKeyDown={saveOnEnter}
          onBlur={(e) => {
            const value = e.target.value;
            const deadline = /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
            if (deadline !== action.deadline) onSave({ deadline });
          }}
        />
      </td>
      <td>
        <select
          aria-label={t('plan.actions.status')}
          value={action.status}
          onChange={(e) => {
            if (isStatus(e.target.value)) onSave({ status: e.target.value });
          }}
        >
          {ACTION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`plan.actions.status.${s}`)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <button
          type="button"
          className="button button-small button-danger-quiet"
          onClick={onDelete}
        >
          {t('plan.actions.delete')}
        </button>
      </td>
    </tr>
  );
}
