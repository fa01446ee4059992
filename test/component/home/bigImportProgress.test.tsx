/**
 * A big import (issue 9): confirmed, its review opens at once, from memory, while it is
 * written in chunks; the review page shows **Saving the import**, a progress bar that
 * counts the messages, and **Cancel**, which stops it, keeps nothing and goes back home.
 * An edit made meanwhile is saved right after the import; an import that cannot be saved
 * says so. The storage here holds the write after its first chunk until the test lets it
 * go, so the bar and Cancel can be seen.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
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

/** Memory storage whose chunked write fails after its first chunk (no space left). */
class FullGateway extends MemoryReviewGateway {
  override async createReviewChunked(data: ReviewData, onProgress?: ImportProgress): Promise<void> {
    onProgress?.(1_000, data.communications.length);
    await Promise.resolve();
    throw new Error('The browser has no room left for this import.');
  }
}

/** The app with the big file chosen: its preview is shown, not yet confirmed. */
async function previewBigImport(gateway: MemoryReviewGateway) {
  const app = await renderApp({ gateway });
  await app.user.upload(screen.getByLabelText('Import timeline'), bigCsv());
  const preview = await screen.findByRole(
    'dialog',
    { name: 'Import preview' },
    { timeout: 10_000 },
  );
  return { ...app, preview };
}

async function startBigImport(gateway: MemoryReviewGateway = new HeldGateway()) {
  const { preview, ...app } = await previewBigImport(gateway);
  await app.user.click(within(preview).getByRole('button', { name: 'Import' }));
  // The review is open before it is saved: its gap table, and the save's progress.
  await screen.findByRole('table', { name: 'Communication gaps' }, { timeout: 10_000 });
  return { ...app, gateway };
}

async function startHeldImport() {
  const gateway = new HeldGateway();
  const app = await startBigImport(gateway);
  const saving = screen.getByRole('region', { name: 'Saving the import' });
  const bar = within(saving).getByRole('progressbar', { name: 'Saving the import' });
  return { ...app, gateway, saving, bar };
}

describe('a big import', () => {
  it('ends the click that confirms it with the dialog saying so, and imports in the next task', async () => {
    const gateway = new HeldGateway();
    const { preview, store } = await previewBigImport(gateway);
    fireEvent.click(within(preview).getByRole('button', { name: 'Import' }));
    // The click and every microtask it queued are done: the dialog says it imports, and
    // nothing is created or opened yet.
    for (let i = 0; i < 20; i++) await Promise.resolve();
    expect(within(preview).getByRole('button', { name: 'Importing…' })).toBeDisabled();
    expect(store.getState().importSave).toBeNull();
    expect(gateway.chunked).toBe(0);
    await screen.findByRole('table', { name: 'Communication gaps' }, { timeout: 10_000 });
    expect(gateway.chunked).toBe(1);
    gateway.release();
  });

  it('keeps nothing when Cancel is pressed before the import started', async () => {
    const gateway = new HeldGateway();
    const { preview, store } = await previewBigImport(gateway);
    fireEvent.click(within(preview).getByRole('button', { name: 'Import' }));
    fireEvent.click(within(preview).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(gateway.chunked).toBe(0);
    expect(store.getState().importSave).toBeNull();
    expect(await gateway.listReviews()).toEqual([]);
    expect(window.location.hash).not.toContain('review');
  });

  it('opens its review at once while it is saved in chunks, then says it is saved', async () => {
    const { gateway, saving, bar, store } = await startHeldImport();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(gateway.chunked).toBe(1);
    expect(bar).toHaveAttribute('max', String(ROWS));
    expect(bar).toHaveAttribute('value', '1000');
    expect(saving).toHaveTextContent(
      `1,000 of ${ROWS.toLocaleString('en-US')} messages saved. Cancel keeps nothing of this import.`,
    );
    expect(await gateway.listReviews()).toHaveLength(0);
    // The import's summary does not say "complete" before it is.
    expect(screen.getByRole('region', { name: 'Import read, being saved' })).toBeInTheDocument();
    const reviewId = store.getState().current?.review.id ?? '';
    expect(store.getState().importSave?.reviewId).toBe(reviewId);

    // Leaving the page now would lose the import: the browser is asked to confirm.
    const leaving = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(leaving);
    expect(leaving.defaultPrevented).toBe(true);

    // An edit while it is saved waits for the import, then is saved too.
    const edit = store.getState().actions.updateIncident({ title: 'Renamed while saving' });
    expect(store.getState().save.state).toBe('saving');

    gateway.release();
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Saving the import' })).toBeNull(),
    );
    expect(screen.getByRole('region', { name: 'Import complete' })).toBeInTheDocument();
    const leavingAfter = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(leavingAfter);
    expect(leavingAfter.defaultPrevented).toBe(false);
    await edit;
    await waitFor(() => expect(store.getState().save.state).toBe('saved'));
    const data = await gateway.loadReview(reviewId);
    expect(data?.communications).toHaveLength(ROWS);
    expect(data?.incident.title).toBe('Renamed while saving');
    expect(store.getState().importSave).toBeNull();
  }, 30_000);

  it('keeps nothing and goes home when Cancel is pressed while it is saved', async () => {
    const { user, gateway, saving, store } = await startHeldImport();
    // An edit made meanwhile has nowhere to go once the import is cancelled: no error stays.
    void store.getState().actions.updateIncident({ title: 'Renamed, then cancelled' });
    await user.click(within(saving).getByRole('button', { name: 'Cancel' }));
    await screen.findByLabelText('Import timeline', {}, { timeout: 10_000 });
    expect(await gateway.listReviews()).toEqual([]);
    expect(store.getState().importSave).toBeNull();
    await waitFor(() => expect(store.getState().save.pending).toBe(0));
    expect(store.getState().save.state).not.toBe('error');
  }, 30_000);

  it('says so when it cannot be saved: nothing kept, the summary not "complete"', async () => {
    const { user, gateway, store } = await startBigImport(new FullGateway());
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'The import could not be saved: The browser has no room left for this import.',
    );
    expect(alert).toHaveTextContent('Nothing of it was kept in this browser.');
    expect(screen.getByRole('region', { name: 'Import not saved' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Saving the import' })).toBeNull();
    expect(await gateway.listReviews()).toEqual([]);
    await user.click(within(alert).getByRole('button', { name: 'Close' }));
    expect(store.getState().importSave).toBeNull();
  }, 30_000);
});
