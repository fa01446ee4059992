/**
 * The completeness meter of the preparation (`../shared/spec/workshop.md`, "Before the
 * session: preparation"): which answers of the preparation form are still missing.
 *
 * One answer per question, in the order the form asks them:
 * alert and resolution time; the four phases; what customers saw; at least one
 * customer-facing communication (any kind but `internal`); severity; the information
 * checklist (expected duration, who was affected — plus the detail when only some were —
 * and workarounds).
 *
 * A text answer counts only when it has more than whitespace. `affected-detail` is a
 * question only when `affected` is `some`, so `total` is 13 then and 12 otherwise;
 * `answered + missing.length === total` always. `workaround` is missing while nobody said
 * whether one existed, or when one existed but is not described; "no workaround" is an
 * answer.
 */
import type { ReviewData } from '../model';

export const MISSING_ANSWERS = [
  'alert',
  'resolution',
  'phase-investigation',
  'phase-escalation',
  'phase-decision',
  'phase-change',
  'customer-impact',
  'communications',
  'severity',
  'expected-duration',
  'affected',
  'affected-detail',
  'workaround',
] as const;
export type MissingAnswer = (typeof MISSING_ANSWERS)[number];

export interface PreparationCompleteness {
  readonly answered: number;
  readonly total: number;
  /** Stable codes the UI translates, in form order. */
  readonly missing: readonly MissingAnswer[];
}

export type PreparationInput = Pick<
  ReviewData,
  'incident' | 'preparation' | 'phases' | 'communications'
>;

const filled = (text: string | undefined): boolean => (text ?? '').trim() !== '';

export function preparationCompleteness(data: PreparationInput): PreparationCompleteness {
  const { incident, preparation: prep, phases, communications } = data;
  const phaseKinds = new Set(phases.map((p) => p.kind));
  const someAffected = prep?.affected === 'some';

  const answers: Readonly<Record<MissingAnswer, boolean | null>> = {
    alert: incident.alert !== null,
    resolution: incident.resolution !== null,
    'phase-investigation': phaseKinds.has('investigation'),
    'phase-escalation': phaseKinds.has('escalation'),
    'phase-decision': phaseKinds.has('decision'),
    'phase-change': phaseKinds.has('change'),
    'customer-impact': filled(prep?.customerImpact),
    communications: communications.some((c) => c.kind !== 'internal'),
    severity: incident.severity !== null,
    'expected-duration': filled(prep?.expectedDuration),
    affected: prep !== null && prep.affected !== null,
    // Asked only when some customers were affected (null: not a question).
    'affected-detail': someAffected ? filled(prep?.affectedDetail) : null,
    workaround:
      prep !== null &&
      (prep.workaroundAvailable === false ||
        (prep.workaroundAvailable === true && filled(prep.workaround))),
  };

  const asked = MISSING_ANSWERS.filter((code) => answers[code] !== null);
  const missing = asked.filter((code) => answers[code] === false);
  return { answered: asked.length - missing.length, total: asked.length, missing };
}
