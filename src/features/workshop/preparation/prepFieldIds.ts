import type { PhaseKind } from '../../../domain/model';

/** The ids of the panel's fields, so the completeness meter can focus them. */
export interface PrepFieldIds {
  readonly phases: Readonly<Record<PhaseKind, string>>;
  readonly customerImpact: string;
  readonly expectedDuration: string;
  /** The first radio of "Who was affected?". */
  readonly affected: string;
  readonly affectedDetail: string;
  /** The first radio of "Workarounds". */
  readonly workaround: string;
  readonly workaroundText: string;
}

/** Ids under one `useId()` base, unique on the page. */
export function prepFieldIds(base: string): PrepFieldIds {
  return {
    phases: {
      investigation: `${base}-phase-investigation`,
      escalation: `${base}-phase-escalation`,
      decision: `${base}-phase-decision`,
      change: `${base}-phase-change`,
    },
    customerImpact: `${base}-customer-impact`,
    expectedDuration: `${base}-expected-duration`,
    affected: `${base}-affected`,
    affectedDetail: `${base}-affected-detail`,
    workaround: `${base}-workaround`,
    workaroundText: `${base}-workaround-text`,
  };
}
