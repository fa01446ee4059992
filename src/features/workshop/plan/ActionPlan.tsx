import { useId, useMemo, useState } from 'react';
import type { PlanAction, ReviewData, RootCause } from '../../../domain/model';
import { planWarnings, type PlanWarning } from '../../../domain/workshop/planWarnings';
import { useT } from '../../../i18n/useT';
import { useAppStore } from '../../../store/useAppStore';
import { ActionGroup } from './ActionGroup';
import type { ActionPatch } from './ActionRow';
import { PlanWarningsSummary } from './PlanWarningsSummary';
import { rootCauseLabel } from '../rootCauseLabel';
import { todayIn } from './todayIn';

interface Props {
  readonly data: ReviewData;
  /** Every root cause, in the order to list their groups. */
  readonly rootCauses: readonly RootCause[];
  readonly onError: (message: string) => void;
}

const NO_WARNINGS: readonly PlanWarning[] = [];
const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * The plan: for each picked root cause (and any root cause that already has actions) its
 * actions, plus the actions whose root cause was deleted; warnings beside each action and
 * summarised on top.
 */
export function ActionPlan({ data, rootCauses, onError }: Props) {
  const t = useT();
  const headingId = useId();
  const ownerListId = useId();
  const actions = useAppStore((s) => s.actions);
  const [focusId, setFocusId] = useState<string | null>(null);
  const all = data.actions;
  // "Today" in the incident's zone, from this browser's clock.
  const today = todayIn(data.incident.timeZone, Date.now());
  const warnings = useMemo(() => planWarnings(all, today), [all, today]);
  const warningsOf = (id: string) => {
    const own = warnings.filter((w) => w.actionId === id);
    return own.length > 0 ? own : NO_WARNINGS;
  };

  const byCause = (id: string | null) =>
    all.filter((a) => a.rootCauseId === id).sort((a, b) => a.createdAt - b.createdAt);
  const known = new Set(rootCauses.map((rc) => rc.id));
  const untied = all.filter((a) => a.rootCauseId === null || !known.has(a.rootCauseId));
  const groups = rootCauses.filter((rc) => rc.selected || all.some((a) => a.rootCauseId === rc.id));

  const add = (rootCauseId: string) => (text: string) => {
    actions
      .addAction({ rootCauseId, text, owner: '', deadline: null })
      .then(setFocusId, (e: unknown) => onError(message(e)));
  };
  const save = (id: string, patch: ActionPatch) =>
    actions.updateAction(id, patch).catch((e: unknown) => onError(message(e)));
  const remove = (id: string) =>
    actions.deleteAction(id).catch((e: unknown) => onError(message(e)));
  const titleOf = (rc: RootCause | null) =>
    rc === null
      ? t('plan.actions.untied')
      : t(rc.selected ? 'plan.actions.for' : 'plan.actions.notPicked', {
          rootCause: rootCauseLabel(rc),
        });
  const shown: { readonly rc: RootCause | null; readonly list: readonly PlanAction[] }[] = [
    ...groups.map((rc) => ({ rc, list: byCause(rc.id) })),
    ...(untied.length > 0 ? [{ rc: null, list: untied }] : []),
  ];

  return (
    <section className="plan-part action-plan" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('plan.actions.heading')}</h3>
      <PlanWarningsSummary warnings={warnings} actions={shown.flatMap((g) => g.list)} />
      {shown.length === 0 && <p className="empty">{t('plan.actions.nothingPicked')}</p>}
      {shown.map(({ rc, list }) => (
        <ActionGroup
          key={rc?.id ?? 'untied'}
          title={titleOf(rc)}
          caption={
            rc === null ? titleOf(rc) : t('plan.actions.caption', { rootCause: rootCauseLabel(rc) })
          }
          actions={list}
          warningsOf={warningsOf}
          ownerListId={ownerListId}
          focusId={focusId}
          onAdd={rc === null ? null : add(rc.id)}
          onSave={save}
          onDelete={remove}
        />
      ))}
      <datalist id={ownerListId}>
        {data.participants.map((p) => (
          <option key={p.id} value={p.name} />
        ))}
      </datalist>
    </section>
  );
}
