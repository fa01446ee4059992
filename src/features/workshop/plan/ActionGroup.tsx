import { useId } from 'react';
import type { PlanAction } from '../../../domain/model';
import type { PlanWarning } from '../../../domain/workshop/planWarnings';
import { useT } from '../../../i18n/useT';
import { ActionRow, type ActionPatch } from './ActionRow';
import { RecommendationList } from './RecommendationList';

interface Props {
  /** The group's heading ("Actions for: …"). */
  readonly title: string;
  /** The table's caption (names the root cause). */
  readonly caption: string;
  readonly actions: readonly PlanAction[];
  readonly warningsOf: (actionId: string) => readonly PlanWarning[];
  readonly ownerListId: string;
  /** The action just added, to focus. */
  readonly focusId: string | null;
  /** Null for actions whose root cause is gone: nothing new is added to them. */
  readonly onAdd: ((text: string) => void) | null;
  readonly onSave: (id: string, patch: ActionPatch) => void;
  readonly onDelete: (id: string) => void;
}

/** The actions for one root cause: a row each, **Add action** and the recommendations. */
export function ActionGroup(props: Props) {
  const { title, caption, actions, onAdd } = props;
  const t = useT();
  const headingId = useId();
  return (
    <section className="action-group" aria-labelledby={headingId}>
      <h4 id={headingId}>{title}</h4>
      {actions.length === 0 ? (
        <p className="empty">{t('plan.actions.none')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table action-table">
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('plan.actions.action')}</th>
                <th scope="col">{t('plan.actions.owner')}</th>
                <th scope="col">{t('plan.actions.deadline')}</th>
                <th scope="col">{t('plan.actions.status')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('plan.actions.delete')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {actions.map((a) => (
                <ActionRow
                  key={a.id}
                  action={a}
                  warnings={props.warningsOf(a.id)}
                  ownerListId={props.ownerListId}
                  autoFocus={a.id === props.focusId}
                  onSave={(patch) => props.onSave(a.id, patch)}
                  onDelete={() => props.onDelete(a.id)}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {onAdd !== null && (
        <>
          <button
            type="button"
            className="button button-small add-action"
            aria-describedby={headingId}
            onClick={() => onAdd('')}
          >
            {t('plan.actions.add')}
          </button>
          <RecommendationList open={actions.length === 0} onUse={onAdd} />
        </>
      )}
    </section>
  );
}
