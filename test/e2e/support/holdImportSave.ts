// Holds a running import's save midway, so a test can look at it and cancel it however fast
// this machine writes (issue 9 made a 30,000-message save take about a second).
//
// A second page of the app's origin (its icon, so the app does not start there) watches
// the database in short read-only transactions; once a review is `importing` with some
// of its messages written, it keeps its transaction over `reviews` and
// `communicationChunks` alive with one request after another. IndexedDB starts a
// read-write transaction only after every earlier one over the same tables has ended, so
// the import's next write waits until `release`. Reads of those tables wait too (behind
// that write), so the hold reports what it saw.
import type { BrowserContext } from 'playwright-core';

export interface HeldImport {
  /** The review being imported and how many of its chunk records were written. */
  readonly reviewId: string;
  readonly status: string;
  readonly chunksWritten: number;
}

export interface ImportSaveHold {
  /** Resolves once the save is held. */
  readonly held: Promise<HeldImport>;
  /** Lets the save go on, and closes the watching page. */
  release(): Promise<void>;
}

export async function holdImportSave(
  context: BrowserContext,
  baseUrl: string,
  dbName = 'gapline',
): Promise<ImportSaveHold> {
  const page = await context.newPage();
  await page.goto(`${baseUrl}/favicon.svg`);
  const held = page.evaluate(
    (name) =>
      new Promise<HeldImport>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const db = open.result;
          const poll = (): void => {
            const tx = db.transaction(['reviews', 'communicationChunks'], 'readonly');
            const reviews = tx.objectStore('reviews');
            const chunks = tx.objectStore('communicationChunks');
            let holding = false;
            const spin = (): void => {
              if ((window as { releaseImportHold?: boolean }).releaseImportHold === true) return;
              reviews.count().onsuccess = spin;
            };
            const importing = reviews.index('status').getAll('importing');
            importing.onsuccess = () => {
              const review = (importing.result as { id: string; status: string }[])[0];
              if (review === undefined) return;
              const written = chunks.index('reviewId').count(review.id);
              written.onsuccess = () => {
                if (written.result === 0) return;
                holding = true;
                resolve({
                  reviewId: review.id,
                  status: review.status,
                  chunksWritten: written.result,
                });
                spin();
              };
            };
            tx.oncomplete = () => {
              if (holding) db.close();
              else setTimeout(poll, 0);
            };
            tx.onerror = () => reject(tx.error ?? new Error('watch failed'));
          };
          poll();
        };
      }),
    dbName,
  );
  return {
    held,
    async release() {
      await page.evaluate(() => {
        (window as { releaseImportHold?: boolean }).releaseImportHold = true;
      });
      await page.close();
    },
  };
}
