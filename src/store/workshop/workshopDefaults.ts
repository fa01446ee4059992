/** Dot voting: votes per person unless the facilitator sets another number. */
export const DEFAULT_VOTES = 3;
