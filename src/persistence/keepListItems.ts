import type { ReviewListItem } from '../domain/reviewGateway';
import { writeTransaction } from './dexieTables';
import type { GaplineDb } from './GaplineDb';
import { LIST_ITEM_VERSION, type ListItemRow } from './ListItemRow';

/** A list row to keep: the item without its review (read from `reviews` when listed). */
export function listItemRow(item: ReviewListItem, generation: number): ListItemRow {
  const { review, ...rest } = item;
  return { id: review.id, reviewId: review.id, generation, version: LIST_ITEM_VERSION, item: rest };
}

/**
 * Keeps list rows just made, each only if no write reached its review since what it was
 * made from was read (its row's generation is still the one read) and the review is still
 * there, ready. Best effort: a row not kept is made again at the next listing, so a failed
 * write (storage full, another tab upgraded) is not an error of the listing.
 */
export async function keepListItems(db: GaplineDb, rows: readonly ListItemRow[]): Promise<void> {
  if (rows.length === 0) return;
  await writeTransaction(db, [db.reviews, db.listItems, db.meta], async () => {
    const ids = rows.map((row) => row.id);
    const [reviews, current] = await Promise.all([
      db.reviews.bulkGet(ids),
      db.listItems.bulkGet(ids),
    ]);
    const keep = rows.filter(
      (row, i) =>
        reviews[i]?.status === 'ready' && (current[i]?.generation ?? 0) === row.generation,
    );
    if (keep.length > 0) await db.listItems.bulkPut(keep);
  }).catch(() => undefined);
}
