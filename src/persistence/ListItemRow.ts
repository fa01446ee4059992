import type { ReviewListItem } from '../domain/reviewGateway';

/**
 * What the home page lists of a review, kept beside it (schema version 5) so that listing
 * reviews does not read their messages: computing a row takes the review's gap analysis,
 * and reading 100,000 messages to make it took tasks of 100–220 ms on every opening of the
 * home page (Chromium, Long Animation Frames). Its `review` is read from the `reviews`
 * table each time; the rest is kept here.
 */
export interface ListItemRow {
  /** The review's id (one row a review). */
  readonly id: string;
  readonly reviewId: string;
  /**
   * Counts the writes to the review (`apply` adds one): a row computed from what was read
   * before a write is not kept, whenever its own write lands.
   */
  readonly generation: number;
  /** The LIST_ITEM_VERSION the item was made under. */
  readonly version: number;
  /** Null until the review is listed after its last write. */
  readonly item: Omit<ReviewListItem, 'review'> | null;
}

/**
 * Bump when what a list row holds changes: the gap rules (`analyzeGaps`), the summary, or
 * the list item's shape. Rows of another version are made again. `listItemVersion.test`
 * pins the row of a reference review and fails, telling to bump this, when it changes.
 */
export const LIST_ITEM_VERSION = 1;
