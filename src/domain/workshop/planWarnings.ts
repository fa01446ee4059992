/**
 * The plan's anti-pattern warnings (`../shared/spec/workshop.md`, step 5: "don't write
 * actions just to finish the session … more than three actions, or an action with no
 * owner or deadline, gets a warning"). Warnings only: they never block saving or export.
 *
 * - `too-many-actions`: the plan has more than `MAX_PLAN_ACTIONS` actions (one warning,
 *   `actionId` null);
 * - per action, in this order: `not-actionable` (its text does not start with a verb, see
 *   `startsWithVerb`), `no-owner` (owner blank), `no-deadline`, `deadline-past` (the
 *   deadline is before `today`; a deadline of today is not past).
 *
 * Dropped actions are not part of the plan: they are neither counted nor checked. Done
 * actions count and are checked, except for `deadline-past` (the work is done).
 * A blank deadline counts as none. Dates are `YYYY-MM-DD` strings and compare as text; `today` is a parameter, never read
 * from a clock.
 */
import type { PlanAction } from '../model';
import { leadingWords, startsWithVerb } from './startsWithVerb';

export const MAX_PLAN_ACTIONS = 3;

export type PlanWarning =
  | {
      readonly code: 'too-many-actions';
      readonly actionId: null;
      readonly count: number;
      readonly max: number;
    }
  | {
      readonly code: 'not-actionable';
      readonly actionId: string;
      /** The word the action starts with (lower case); null when the text has no word. */
      readonly firstWord: string | null;
    }
  | { readonly code: 'no-owner'; readonly actionId: string }
  | { readonly code: 'no-deadline'; readonly actionId: string }
  | {
      readonly code: 'deadline-past';
      readonly actionId: string;
      readonly deadline: string;
      readonly today: string;
    };

export type PlanWarningCode = PlanWarning['code'];

type Checked = Pick<PlanAction, 'id' | 'text' | 'owner' | 'deadline' | 'status'>;

export function planWarnings(actions: readonly Checked[], today: string): PlanWarning[] {
  const plan = actions.filter((a) => a.status !== 'dropped');
  const warnings: PlanWarning[] = [];
  if (plan.length > MAX_PLAN_ACTIONS) {
    warnings.push({
      code: 'too-many-actions',
      actionId: null,
      count: plan.length,
      max: MAX_PLAN_ACTIONS,
    });
  }
  for (const a of plan) {
    if (!startsWithVerb(a.text)) {
      warnings.push({
        code: 'not-actionable',
        actionId: a.id,
        firstWord: leadingWords(a.text)[0] ?? null,
      });
    }
    if (a.owner.trim() === '') warnings.push({ code: 'no-owner', actionId: a.id });
    if (a.deadline === null || a.deadline.trim() === '') {
      warnings.push({ code: 'no-deadline', actionId: a.id });
    } else if (a.status !== 'done' && a.deadline < today) {
      warnings.push({ code: 'deadline-past', actionId: a.id, deadline: a.deadline, today });
    }
  }
  return warnings;
}
