import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/app/App';
import { ErrorBoundary } from '../../../src/app/ErrorBoundary';
import { I18nProvider } from '../../../src/i18n/I18nProvider';
import { MemoryReviewGateway } from '../../../src/persistence/MemoryReviewGateway';
import { createAppStore } from '../../../src/store/createAppStore';
import { reviewHref } from '../../../src/ui/hashRoute';
import { CHECKOUT_OUTAGE, makeReviewData } from '../support/makeReviewData';
import { readTable } from '../support/readTable';
import { waitForWholeReview } from '../support/waitForWholeReview';

afterEach(() => {
  window.location.hash = '';
  vi.restoreAllMocks();
});

/** A memory gateway whose writes fail after it was filled, like a full disk. */
class FullDiskGateway extends MemoryReviewGateway {
  failing = false;
  override async apply(...args: Parameters<MemoryReviewGateway['apply']>): Promise<void> {
    if (this.failing) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return super.apply(...args);
  }
}

function Boom(): never {
  throw new Error('bad record');
}

describe('the app shell', () => {
  it('warns on every page when storage runs in memory', async () => {
    const store = createAppStore(new MemoryReviewGateway());
    window.location.hash = '#/';
    render(
      <App
        store={store}
        storage={{ mode: 'memory', reason: 'IndexedDB is disabled.' }}
        initialLanguage="en"
      />,
    );
    const banner = screen.getAllByRole('alert')[0] as HTMLElement;
    expect(banner).toHaveTextContent('Your work will not be kept');
    expect(banner).toHaveTextContent('lost when you close or reload it');
    expect(banner).toHaveTextContent('Details: IndexedDB is disabled.');
  });

  it('keeps a failed edit on screen, says "Not saved" and raises a banner', async () => {
    const gateway = new FullDiskGateway();
    const data = makeReviewData(CHECKOUT_OUTAGE);
    await gateway.createReview(data);
    const store = createAppStore(gateway, { classifyError: () => 'quota' });
    window.location.hash = reviewHref(data.review.id);
    const user = userEvent.setup();
    render(
      <App store={store} storage={{ mode: 'indexeddb', reason: null }} initialLanguage="en" />,
    );
    await screen.findByRole('table', { name: 'Communication gaps' }, { timeout: 5000 });
    await waitForWholeReview();

    gateway.failing = true;
    await user.click(
      screen.getByRole('button', {
        name: 'Delete the Email message of Mar 5, 2024, 15:55 UTC−03:00',
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Delete communication' }));

    const banner = await screen.findByText('Your latest changes were not saved');
    expect(banner.closest('[role="alert"]')).toHaveTextContent('no storage space left');
    expect(screen.getByText('Not saved')).toHaveAttribute('role', 'status');
    // The edit stays in memory: the table shows it, the stored review does not.
    expect(readTable('Communications')).toHaveLength(7);
    expect((await gateway.loadReview(data.review.id))?.communications).toHaveLength(8);

    gateway.failing = false;
    const alert = banner.closest('[role="alert"]') as HTMLElement;
    await user.click(within(alert).getByRole('button', { name: 'Try saving again' }));
    await waitFor(() =>
      expect(screen.queryByText('Your latest changes were not saved')).toBeNull(),
    );
    expect((await gateway.loadReview(data.review.id))?.communications).toHaveLength(7);
  });

  it('shows a way out instead of a blank page when rendering fails', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <I18nProvider initialLanguage="en">
        <ErrorBoundary>
          <Boom />
        </ErrorBoundary>
      </I18nProvider>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Something went wrong');
    expect(alert).toHaveTextContent('Details: bad record');
    expect(within(alert).getByRole('link', { name: 'Back to all reviews' })).toHaveAttribute(
      'href',
      '#/',
    );
  });
});
