import { waitFor } from '@testing-library/react';

/**
 * Waits until the review page has all its sections: the ones below the first screen (the
 * Timeline table, the Communications table and the rest) are added a frame apart.
 */
export async function waitForWholeReview(): Promise<void> {
  await waitFor(
    () => {
      if (document.querySelector('.review-workspace .comms-table') === null)
        throw new Error('the review page is not all there yet');
    },
    { timeout: 5_000 },
  );
}
