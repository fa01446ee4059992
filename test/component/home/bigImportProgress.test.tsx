/**
 * A big import (issue 9): confirmed, it is written in chunks with a progress bar,
 * **Saving the import**, that counts the messages; **Cancel** while it is saved stops it
 * and keeps nothing. The storage here holds the write after its first chunk until the test
 * lets it go, so the bar and Cancel can be seen mid-way.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReviewData } from '../../../src/domain/model';
import type { ImportProgress } from '../../../src/domain/reviewGateway';
import { MemoryReviewGateway } from '../../../src/persistence/MemoryReviewGateway';
import { CHUNKED_WRITE_MIN } from '../../../src/store/slices/createReviewsActions';
import { renderApp } from '../support/renderApp';

afterEach(() => {
  window.location.hash = '';
});

const ROWS = CHUNKED_WRITE_MIN + 1_000;

function bigCsv(): File {
  const t0 = Date.parse('2024-03-05T14:00:00Z');
  const lines = [
    'timestamp,channel,author,kind,message',
    '2024-03-05T14:00:00Z,Pager,On-call,alert,Errors',
  ];
  for (let i = 1; i <= ROWS; i++) {
    const kind = i === ROWS ? 'resolution' : 'update';
    lines.push(`${new Date(t0 + i * 30_000).toISOString()},Status page,Ana,${kind},Update ${i}`);
  }
  return new File([lines.join('\n')], 'big.csv', { type: 'text/csv' });
}

/** Memory storage whose chunked write stops after the first chunk until `release()`. */
class HeldGateway extends MemoryReviewGateway {
  chunked = 0;
  private open: () => void = () => undefined;
  private readonly gate = new Promise<void>((resolve) => (this.open = resolve));
  release(): void {
    this.open();
  }
  override async createReviewChunked(
    data: ReviewData,
    onProgress?: ImportProgress,
    signal?: AbortSignal,
  ): Promise<void> {
    this.chunked++;
    const total = data.communications.length;
    onProgress?.(0, total);
    onProgress?.(1_000, total);
    await Promise.race([
      this.gate,
      new Promise((resolve) => signal?.addEventListener('abort', resolve, { once: true })),
    ]);
    return super.createReviewChunked(data, onProgress, signal);
  }
}

async function startBigImport() {
  const gateway = new HeldGateway();
  const app = await renderApp({ gateway });
  await app.user.upload(screen.getByLabelText('Import timeline'), bigCsv());
  const preview = await screen.findByRole(
    'dialog',
    { name: 'Import preview' },
    { timeout: 10_000 },
  );
  await app.user.click(within(preview).getByRole('button', { name: 'Import' }));
  const bar = await within(preview).findByRole('progressbar', { name: 'Saving the import' });
  return { ...app, gateway, preview, bar };
}

describe('a big import', () => {
  it('is saved in chunks with a progress bar, then opens', async () => {
    const { gateway, preview, bar } = await startBigImport();
    expect(gateway.chunked).toBe(1);
    expect(bar).toHaveAttribute('max', String(ROWS));
    expect(bar).toHaveAttribute('value', '1000');
    expect(preview).toHaveTextContent(
      `1,000 of ${ROWS.toLocaleString('en-US')} messages saved. Cancel keeps nothing of this import.`,
    );
    expect(within(preview).getByRole('button', { name: 'Importing…' })).toBeDisabled();
    expect(await gateway.listReviews()).toHaveLength(0);

    gateway.release();
    await screen.findByRole('table', { name: 'Communication gaps' }, { timeout: 10_000 });
    const [saved] = await gateway.listReviews();
    const data = await gateway.loadReview(saved?.review.id ?? '');
    expect(data?.communications).toHaveLength(ROWS);
  }, 30_000);

  it('keeps nothing when Cancel is pressed while it is saved', async () => {
    const { user, gateway, preview } = await startBigImport();
    await user.click(within(preview).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await gateway.listReviews()).toEqual([]);
    // The home page stays, with the import panel ready for another file.
    expect(screen.getByLabelText('Import timeline')).toBeInTheDocument();
  }, 30_000);
});
