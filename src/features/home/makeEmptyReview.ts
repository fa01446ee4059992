import { EMPTY_WORKSHOP } from '../../domain/emptyWorkshop';
import { DEFAULT_TARGET, type EpochMs, type ReviewData } from '../../domain/model';

export interface EmptyReviewInput {
  readonly title: string;
  readonly alert: EpochMs;
  readonly timeZone: string;
}

/** A review typed in by hand: an incident with a title, an alert and a zone, nothing else yet. */
export function makeEmptyReview(
  input: EmptyReviewInput,
  newId: () => string,
  now: EpochMs,
): ReviewData {
  const reviewId = newId();
  return {
    review: {
      id: reviewId,
      title: input.title,
      status: 'ready',
      createdAt: now,
      updatedAt: now,
      createdBy: null,
    },
    incident: {
      id: newId(),
      reviewId,
      title: input.title,
      alert: input.alert,
      resolution: null,
      timeZone: input.timeZone,
      sourceTimeZone: null,
      severity: null,
      target: DEFAULT_TARGET,
      instantSource: 'display_at',
      source: { format: 'manual', externalId: null, url: null, fileName: null },
      updatedAt: now,
    },
    channels: [],
    communications: [],
    phases: [],
    ...EMPTY_WORKSHOP,
  };
}
