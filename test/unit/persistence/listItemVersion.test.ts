/**
 * Kept list rows (`ListItemRow`) are made again only when their LIST_ITEM_VERSION changes.
 * This pins the row of a reference review: when the gap rules, the summary or the item's
 * shape change what a row holds, it fails — bump LIST_ITEM_VERSION (rows kept by earlier
 * code are then made again), and pin the new row here.
 */
import { describe, expect, it } from 'vitest';
import { listItemRow } from '../../../src/persistence/keepListItems';
import { LIST_ITEM_VERSION } from '../../../src/persistence/ListItemRow';
import { toReviewListItem } from '../../../src/persistence/toReviewListItem';
import { makeReviewData } from './makeReviewData';

describe('LIST_ITEM_VERSION', () => {
  it('is bumped whenever the row kept of a review changes', () => {
    const row = listItemRow(toReviewListItem(makeReviewData({ reviewId: 'reference' })), 0);
    expect({ version: LIST_ITEM_VERSION, item: row.item }).toMatchInlineSnapshot(`
      {
        "item": {
          "alert": 1709640000000,
          "incidentTitle": "Checkout errors",
          "longestGap": 35,
          "pendingActions": [
            {
              "createdAt": 1709640000000,
              "deadline": "2024-04-01",
              "id": "reference:action",
              "owner": "Marta",
              "reviewId": "reference",
              "rootCauseId": "reference:cause",
              "status": "open",
              "text": "Write status page templates for payment incidents",
              "updatedAt": 1709640000000,
            },
          ],
          "severity": null,
          "summary": {
            "coverage": 0.125,
            "gapsOverTarget": 2,
            "longestGap": 35,
            "minutesOverTarget": 10,
            "resolutionNoticeDelay": 5,
            "timeToFirstUpdate": 10,
            "updateCount": 2,
          },
          "timeZone": "UTC",
        },
        "version": 1,
      }
    `);
  });
});
