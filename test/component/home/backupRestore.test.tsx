/**
 * Backups on the home page: "Back up all reviews" writes every review in one Gapline
 * backup; Import timeline restores a backup, each review with its own ids, and a review
 * still in this browser comes in as a copy, as the preview says.
 */
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseBackupDocument } from '../../../src/domain/schema/parseBackupDocument';
import { serializeBackup } from '../../../src/domain/schema/serializeBackup';
import { reassignIds } from '../../../src/import/reassignIds';
import { MemoryReviewGateway } from '../../../src/persistence/MemoryReviewGateway';
import { makeSmallReview } from '../../unit/export/text/makeSmallReview';
import { captureDownloads, type CapturedDownload } from '../support/captureDownloads';
import { renderApp } from '../support/renderApp';

let capture: { downloads: CapturedDownload[]; restore: () => void };
beforeEach(() => {
  capture = captureDownloads();
});
afterEach(() => {
  capture.restore();
  window.location.hash = '';
});

const small = makeSmallReview();
let n = 0;
const other = reassignIds(
  {
    ...makeSmallReview(),
    review: { ...small.review, title: 'Login failures' },
    incident: { ...small.incident, title: 'Login failures' },
  },
  () => `other-${++n}`,
);

describe('backing up and restoring reviews', () => {
  it('Back up all reviews: one file with every review, whole', async () => {
    const { user, gateway } = await renderApp({ reviews: [small, other] });
    await screen.findByRole('table', { name: 'Your reviews' });
    await user.click(screen.getByRole('button', { name: 'Back up all reviews' }));
    const [file] = capture.downloads;
    expect(file?.name).toMatch(/^gapline-backup-\d{4}-\d{2}-\d{2}\.json$/);
    expect(await screen.findByText(/^Backed up 2 reviews to gapline-backup-/)).toBeVisible();
    const read = parseBackupDocument((await file?.text()) ?? '');
    if (!read.ok) throw new Error(read.error.message);
    const stored = await Promise.all([small, other].map((d) => gateway.loadReview(d.review.id)));
    expect([...read.reviews].sort((a, b) => a.review.title.localeCompare(b.review.title))).toEqual(
      [...stored].sort((a, b) => (a?.review.title ?? '').localeCompare(b?.review.title ?? '')),
    );
  });

  it('with no reviews there is nothing to back up', async () => {
    await renderApp();
    await screen.findByText(/^No reviews yet/);
    expect(screen.getByRole('button', { name: 'Back up all reviews' })).toBeDisabled();
  });

  it('Import timeline restores a backup; a review still here comes in as a copy', async () => {
    const { user, gateway } = await renderApp({ reviews: [small] });
    await screen.findByRole('table', { name: 'Your reviews' });
    const backup = new File([serializeBackup([small, other], 0)], 'gapline-backup.json', {
      type: 'application/json',
    });
    await user.upload(screen.getByLabelText('Import timeline'), backup);
    const preview = await screen.findByRole('dialog', { name: 'Import preview' });
    expect(preview).toHaveTextContent('gapline-backup.json · Gapline backup');
    const articles = within(preview).getAllByRole('article');
    expect(articles).toHaveLength(2);
    expect(articles[0]).toHaveTextContent(
      'This review is already in this browser: it will be imported as a copy, beside the one you have.',
    );
    expect(articles[1]).not.toHaveTextContent('already in this browser');
    await user.click(within(preview).getByRole('button', { name: 'Import' }));
    await screen.findByRole('table', { name: 'Communication gaps' }, { timeout: 5000 });

    const list = await gateway.listReviews();
    expect(list.map((i) => i.review.title).sort()).toEqual([
      'Checkout errors',
      'Checkout errors',
      'Login failures',
    ]);
    // The one not here kept its ids: exactly the same review.
    const fresh = new MemoryReviewGateway();
    await fresh.createReview(other);
    expect(await gateway.loadReview(other.review.id)).toEqual(
      await fresh.loadReview(other.review.id),
    );
    // The copy has ids of its own and the same content.
    const copy = list.find(
      (i) => i.review.title === 'Checkout errors' && i.review.id !== small.review.id,
    );
    const copied = copy === undefined ? null : await gateway.loadReview(copy.review.id);
    expect(copied?.actions.map((a) => a.text)).toEqual(small.actions.map((a) => a.text));
    expect(copied?.communications.map((c) => c.id)).not.toContain(small.communications[0]?.id);
  });
});
