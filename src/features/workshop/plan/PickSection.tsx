import { useId } from 'react';
import type { RootCause } from '../../../domain/model';
import { topRootCauses, type RootCauseTally } from '../../../domain/workshop/voteTally';
import { useT } from '../../../i18n/useT';
import { useAppStore } from '../../../store/useAppStore';
import { rootCauseLabel } from '../rootCauseLabel';

/** How many root causes "Pick the top 3" picks (ties at the cut-off come along). */
export const TOP_PICK = 3;

interface Props {
  /** In the order to list them (by votes once revealed). */
  readonly rootCauses: readonly RootCause[];
  readonly tally: readonly RootCauseTally[];
  readonly revealed: boolean;
  readonly onError: (message: string) => void;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** "Pick for the plan": a checkbox per root cause, the most voted suggested once revealed. */
export function PickSection({ rootCauses, tally, revealed, onError }: Props) {
  const t = useT();
  const headingId = useId();
  const hintId = useId();
  const actions = useAppStore((s) => s.actions);
  const top = new Set(revealed ? topRootCauses(tally, TOP_PICK).map((e) => e.rootCauseId) : []);

  const select = (rc: RootCause, selected: boolean) => {
    if (rc.selected === selected) return;
    actions.updateRootCause(rc.id, { selected }).catch((e: unknown) => onError(message(e)));
  };
  const pickTop = () => {
    for (const rc of rootCauses) select(rc, top.has(rc.id));
  };

  if (rootCauses.length === 0) return null;
  return (
    <section className="plan-part pick" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('plan.pick.heading')}</h3>
      <p className="plan-intro">{t('plan.pick.intro')}</p>
      <fieldset>
        <legend className="visually-hidden">{t('plan.pick.heading')}</legend>
        <ul className="pick-list">
          {rootCauses.map((rc) => (
            <li key={rc.id}>
              <label className="pick-option">
                <input
                  type="checkbox"
                  checked={rc.selected}
                  onChange={(e) => select(rc, e.target.checked)}
                />
                <span>{rootCauseLabel(rc)}</span>
              </label>
              {top.has(rc.id) && <span className="pick-suggested">{t('plan.pick.suggested')}</span>}
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="pick-top">
        <button
          type="button"
          className="button"
          disabled={top.size === 0}
          aria-describedby={top.size === 0 ? hintId : undefined}
          onClick={pickTop}
        >
          {t('plan.pick.top')}
        </button>
        {top.size === 0 && (
          <span id={hintId} className="muted">
            {revealed ? t('plan.pick.noVotes') : t('plan.pick.topHint')}
          </span>
        )}
      </div>
    </section>
  );
}
