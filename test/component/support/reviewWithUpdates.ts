import type { ReviewData } from '../../../src/domain/model';
import { makeReviewData, type MessageSpec } from './makeReviewData';

const ALERT = Date.parse('2026-03-05T00:00:00Z');

/** A review with `count` public updates one minute apart, texts `Update #n`. */
export function reviewWithUpdates(count: number): ReviewData {
  const messages: MessageSpec[] = Array.from({ length: count }, (_, i) => ({
    at: new Date(ALERT + (i + 1) * 60_000).toISOString(),
    channel: 'Status page',
    text: `Update #${i + 1}`,
  }));
  return makeReviewData({ alert: new Date(ALERT).toISOString(), zone: 'UTC', messages });
}
