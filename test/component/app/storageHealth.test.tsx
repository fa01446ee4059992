/**
 * Storage health on screen (reliability Table 1, rows 1, 2, 3, 8, 13): the indicator and
 * its explanation, the backup it offers where the data may not last, the banners of a tab
 * a newer Gapline made outdated and of the app running in memory, and the plan step's
 * backup.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/app/App';
import type { ReviewData } from '../../../src/domain/model';
import { PlanPanel } from '../../../src/features/workshop/plan/PlanPanel';
import { MemoryReviewGateway } from '../../../src/persistence/MemoryReviewGateway';
import { createAppStore } from '../../../src/store/createAppStore';
import type { StoragePersistence, StoragePort } from '../../../src/store/StorageHealth';
import { reviewHref } from '../../../src/ui/hashRoute';
import { captureDownloads } from '../support/captureDownloads';
import { CHECKOUT_OUTAGE, makeReviewData } from '../support/makeReviewData';
import { renderWorkshopPanel } from '../workshop/plan/renderWorkshopPanel';
import { makeWorkshopData } from '../workshop/plan/makeWorkshopData';
import { waitForWholeReview } from '../support/waitForWholeReview';

let restore: (() => void) | null = null;
afterEach(() => {
  restore?.();
  restore = null;
  window.location.hash = '';
});

const port = (
  persistence: StoragePersistence,
  overrides: Partial<StoragePort> = {},
): StoragePort => ({
  mode: 'indexeddb',
  memoryCause: null,
  deletedWhenUnvisited: false,
  check: async () => persistence,
  request: async () => persistence,
  ...overrides,
});

/** The app on the review page of `data`, storage as `storage` says, checked as on load. */
async function openReview(
  storage: StoragePort,
  data: ReviewData = makeReviewData(CHECKOUT_OUTAGE),
) {
  const gateway = new MemoryReviewGateway();
  await gateway.createReview(data);
  const store = createAppStore(gateway, { storage, classifyError: () => 'version' });
  void store.getState().actions.checkStorage();
  window.location.hash = reviewHref(data.review.id);
  const user = userEvent.setup();
  render(<App store={store} storage={{ mode: storage.mode, reason: null }} initialLanguage="en" />);
  await screen.findByRole('table', { name: 'Communication gaps' }, { timeout: 5000 });
  await waitForWholeReview();
  return { store, gateway, user, data };
}

/** The indicator's summary (its name is what it says). */
const indicator = (name: RegExp | string) =>
  screen.getByText(name, { selector: '.storage-indicator summary span' });

describe('the storage indicator', () => {
  it('says the data may be cleared, explains why and offers the backup, which downloads', async () => {
    const captured = captureDownloads();
    restore = captured.restore;
    const { user } = await openReview(port('may-be-cleared'));
    const summary = await waitFor(() => indicator('Storage: may be cleared by the browser'));
    await user.click(summary);
    const panel = summary.closest('details') as HTMLElement;
    expect(panel).toHaveAttribute('open');
    expect(panel).toHaveTextContent('it may delete it, for example when the disk is nearly full');
    await user.click(within(panel).getByRole('button', { name: 'Back up this review' }));
    expect(captured.downloads.map((d) => d.name)).toEqual([
      expect.stringMatching(/\.gapline\.json$/),
    ]);
  });

  it('says "kept" once the browser agreed, with no reminder', async () => {
    await openReview(port('kept'));
    const summary = await waitFor(() => indicator('Storage: kept'));
    const panel = summary.closest('details') as HTMLElement;
    expect(panel).toHaveTextContent('agreed to keep Gapline’s data');
    expect(
      within(panel).queryByRole('button', { name: 'Back up this review', hidden: true }),
    ).toBeNull();
  });

  it('warns on Safari even when persist() said yes', async () => {
    await openReview(port('kept', { deletedWhenUnvisited: true }));
    const summary = await waitFor(() => indicator('Storage: may be cleared by the browser'));
    expect(summary.closest('details')).toHaveTextContent('after seven days without a visit');
  });
});

describe('the banners', () => {
  it('asks to reload once a newer Gapline opened the data, and keeps unsaved edits reported with a backup', async () => {
    const { store, user, gateway } = await openReview(port('kept'));
    store.getState().actions.markStorageOutdated();
    const banner = await screen.findByText('A newer Gapline opened your data: reload');
    const alert = banner.closest('[role="alert"]') as HTMLElement;
    expect(within(alert).getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    expect(indicator('Storage: not saving in this tab')).toBeInTheDocument();

    // The gateway now refuses writes as an outdated one does (classified as version).
    gateway.apply = () => Promise.reject(new Error('Gapline was updated in another tab.'));
    await user.click(screen.getByRole('button', { name: /^Delete the Email message/ }));
    await user.click(screen.getByRole('button', { name: 'Delete communication' }));
    const saveBanner = (await screen.findByText('Your latest changes were not saved')).closest(
      '[role="alert"]',
    ) as HTMLElement;
    expect(saveBanner).toHaveTextContent('this tab can no longer save');
    // Trying again cannot help; a backup holds the unsaved edit.
    expect(within(saveBanner).queryByRole('button', { name: 'Try saving again' })).toBeNull();
    expect(within(saveBanner).getByRole('button', { name: 'Back up this review' })).toBeVisible();
    expect(alert).toHaveTextContent('Changes this tab could not save are lost when you reload');
  });

  it('says why the app runs in memory: a newer Gapline’s data, a full disk, no storage', () => {
    for (const [cause, title, body] of [
      ['version', 'A newer Gapline keeps your data here', 'written by a newer version'],
      ['quota', 'Your work will not be kept', 'no storage space left'],
      ['unavailable', 'Your work will not be kept', 'does not let Gapline keep data'],
    ] as const) {
      const store = createAppStore(new MemoryReviewGateway(), {
        storage: port('unsupported', { mode: 'memory', memoryCause: cause }),
      });
      window.location.hash = '#/';
      const view = render(
        <App
          store={store}
          storage={{ mode: 'memory', reason: 'Details here.' }}
          initialLanguage="en"
        />,
      );
      const alert = screen.getAllByRole('alert')[0] as HTMLElement;
      expect(alert).toHaveTextContent(title);
      expect(alert).toHaveTextContent(body);
      expect(indicator('Storage: this tab only')).toBeInTheDocument();
      view.unmount();
    }
  });
});

describe('step 5, Plan', () => {
  it('offers a backup of the review, with the reason where the data may not last', async () => {
    const captured = captureDownloads();
    restore = captured.restore;
    const { user, store } = await renderWorkshopPanel(PlanPanel, makeWorkshopData());
    const section = screen.getByRole('region', { name: 'Keep a copy of this review' });
    expect(section).toHaveTextContent('saved in this browser only');
    expect(within(section).queryByText(/may delete it/)).toBeNull();
    // No storage manager to ask (the test's browser): the data may not last.
    await store.getState().actions.checkStorage();
    expect(await within(section).findByText(/may delete it/)).toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Back up this review' }));
    expect(captured.downloads).toHaveLength(1);
  });
});
