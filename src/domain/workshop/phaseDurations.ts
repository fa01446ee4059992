/**
 * The preparation's phase questions (`../shared/spec/workshop.md`: "How long was the
 * investigation phase? How long were escalation, decision-making and applying the
 * change?") ↔ the phase bands of the timeline.
 *
 * The phases run one after another from the alert, in the order investigation →
 * escalation → decision → change; an unanswered phase (null) is skipped and the next one
 * starts where the previous answered one ended. Durations are minutes (fractions allowed,
 * rounded to the millisecond); 0 is an answer (a phase that took no time). A negative or
 * non-finite duration is not a duration: `invalidPhaseDurations` names those fields for
 * the form, and `phasesFromDurations` refuses them with a RangeError rather than guess.
 */
import { PHASE_KINDS, type EpochMs, type Phase, type PhaseKind } from '../model';

/** Minutes per phase; null: not answered. */
export type PhaseDurations = Readonly<Record<PhaseKind, number | null>>;

/** A phase band without its record fields. */
export type PhaseSpan = Pick<Phase, 'kind' | 'start' | 'end'>;

export interface PhaseRecordIds {
  readonly reviewId: string;
  /** The record id of each phase (reuse the existing phase's id when editing). */
  readonly phaseIds: Readonly<Record<PhaseKind, string>>;
  readonly updatedAt: EpochMs;
}

/** The phases whose answer is negative or not a finite number, in form order. */
export function invalidPhaseDurations(durations: PhaseDurations): readonly PhaseKind[] {
  return PHASE_KINDS.filter((kind) => {
    const m = durations[kind];
    return m !== null && !(Number.isFinite(m) && m >= 0);
  });
}

/** Consecutive bands from the alert, skipping unanswered phases. */
export function phaseSpansFromDurations(alert: EpochMs, durations: PhaseDurations): PhaseSpan[] {
  const invalid = invalidPhaseDurations(durations);
  if (invalid.length > 0) {
    throw new RangeError(`Phase durations must be minutes ≥ 0: ${invalid.join(', ')}`);
  }
  const spans: PhaseSpan[] = [];
  let start = alert;
  for (const kind of PHASE_KINDS) {
    const minutes = durations[kind];
    if (minutes === null) continue;
    const end = start + Math.round(minutes * 60_000);
    spans.push({ kind, start, end });
    start = end;
  }
  return spans;
}

/** The same bands as Phase records, with the given ids. */
export function phasesFromDurations(
  alert: EpochMs,
  durations: PhaseDurations,
  ids: PhaseRecordIds,
): Phase[] {
  return phaseSpansFromDurations(alert, durations).map((span) => ({
    id: ids.phaseIds[span.kind],
    reviewId: ids.reviewId,
    ...span,
    updatedAt: ids.updatedAt,
  }));
}

/**
 * Minutes per phase kind, null when the timeline has no band of that kind. Bands drawn
 * by hand may not be consecutive; a kind drawn as several bands gets their total.
 */
export function durationsOf(phases: readonly PhaseSpan[]): PhaseDurations {
  const minutes = (kind: PhaseKind): number | null => {
    const own = phases.filter((p) => p.kind === kind);
    return own.length === 0 ? null : own.reduce((sum, p) => sum + (p.end - p.start) / 60_000, 0);
  };
  return {
    investigation: minutes('investigation'),
    escalation: minutes('escalation'),
    decision: minutes('decision'),
    change: minutes('change'),
  };
}
