import type { Preparation, ReviewData } from './model';

/** The workshop part of a review before the session starts: nothing prepared, nobody in. */
export const EMPTY_WORKSHOP = {
  session: null,
  preparation: null,
  notes: [],
  participants: [],
  rootCauses: [],
  votes: [],
  actions: [],
  whatIfs: [],
  attachments: [],
  dismissals: [],
} as const satisfies Partial<ReviewData>;

/** A preparation with no answer given yet. */
export const EMPTY_PREPARATION = {
  customerImpact: '',
  expectedDuration: '',
  affected: null,
  affectedDetail: '',
  workaroundAvailable: null,
  workaround: '',
} as const satisfies Omit<Preparation, 'id' | 'reviewId' | 'updatedAt'>;
