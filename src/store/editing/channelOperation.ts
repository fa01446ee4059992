import type { ReviewData } from '../../domain/model';
import { putRecord, type Operation } from '../../domain/reviewGateway';

/**
 * The channel called `name` in the review (names match after trimming, case-sensitively,
 * as imports keep them), or a new one with the `put` that creates it.
 */
export function channelOperation(
  current: ReviewData,
  name: string,
  deps: { newId: () => string; now: () => number },
): { readonly channelId: string; readonly operation: Operation | null } {
  const wanted = name.trim();
  if (wanted === '') throw new Error('A communication needs a channel name.');
  const existing = current.channels.find((c) => c.name.trim() === wanted);
  if (existing !== undefined) return { channelId: existing.id, operation: null };
  const record = {
    id: deps.newId(),
    reviewId: current.review.id,
    name: wanted,
    updatedAt: deps.now(),
  };
  return { channelId: record.id, operation: putRecord('channels', record) };
}
