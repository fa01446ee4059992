/**
 * Opening a saved review: storage that can read a review's head on its own (IndexedDB) lets
 * the page name the review while its messages are read, then the whole review replaces it.
 */
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReviewData } from '../../../src/domain/model';
import type { ReviewHead } from '../../../src/domain/reviewGateway';
import { ReviewPageLoading } from '../../../src/features/review/ReviewPageLoading';
import { I18nProvider } from '../../../src/i18n/I18nProvider';
import { MemoryReviewGateway } from '../../../src/persistence/MemoryReviewGateway';
import { StoreProvider } from '../../../src/store/StoreProvider';
import { createAppStore } from '../../../src/store/createAppStore';
import { CHECKOUT_OUTAGE, makeReviewData } from '../support/makeReviewData';
import { renderApp } from '../support/renderApp';

/** Memory storage whose whole read waits for `release`, with a head read that does not. */
class SlowReadGateway extends MemoryReviewGateway {
  release: () => void = () => undefined;
  private readonly held = new Promise<void>((resolve) => (this.release = resolve));

  async loadReviewHead(reviewId: string): Promise<ReviewHead | null> {
    const data = await super.loadReview(reviewId);
    return data === null ? null : { review: data.review, incident: data.incident };
  }

  override async loadReview(reviewId: string): Promise<ReviewData | null> {
    const data = await super.loadReview(reviewId);
    await this.held;
    return data;
  }
}

afterEach(() => {
  window.location.hash = '';
});

describe('opening a saved review', () => {
  it('names the review while its messages are read, then shows it whole', async () => {
    const data = makeReviewData(CHECKOUT_OUTAGE);
    const gateway = new SlowReadGateway();
    await renderApp({ reviews: [data], open: 0, gateway });

    expect(
      await screen.findByRole('heading', { level: 1, name: data.incident.title }),
    ).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('Reading its messages…');
    expect(screen.queryByRole('table', { name: 'Communication gaps' })).toBeNull();

    gateway.release();
    expect(await screen.findByRole('table', { name: 'Communication gaps' })).toBeInTheDocument();
    expect(screen.queryByText('Reading its messages…')).toBeNull();
  });
});

describe('showing a review once read', () => {
  it('says it prepares the review, then shows it: the page is rendered in the background', async () => {
    const data = makeReviewData(CHECKOUT_OUTAGE);
    const gateway = new SlowReadGateway();
    const { store } = await renderApp({ reviews: [data], open: 0, gateway });
    await screen.findByText('Reading its messages…');
    // Every text the page's status shows, and whether the workspace was there with it.
    const seen: { status: string; workspace: boolean; ready: boolean }[] = [];
    const observer = new MutationObserver(() =>
      seen.push({
        status: document.querySelector('.review-opening [role="status"]')?.textContent ?? '',
        workspace: document.querySelector('.review-workspace') !== null,
        ready: store.getState().currentStatus === 'ready',
      }),
    );
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    gateway.release();
    expect(await screen.findByRole('table', { name: 'Communication gaps' })).toBeInTheDocument();
    observer.disconnect();
    // Read: the page first says so under the review's name, without the workspace…
    expect(seen).toContainEqual({ status: 'Preparing the review…', workspace: false, ready: true });
    // …then shows the workspace, and the status is gone.
    expect(seen.at(-1)).toMatchObject({ status: '', workspace: true });
  });
});

describe('the review page while its own code loads (ReviewPageLoading)', () => {
  const data = makeReviewData(CHECKOUT_OUTAGE);
  const id = data.review.id;
  const show = (state: 'nothing' | 'head' | 'whole' | 'another') => {
    const store = createAppStore(new MemoryReviewGateway());
    if (state === 'head')
      store.setState({ opening: { review: data.review, incident: data.incident } });
    if (state === 'whole') store.setState({ current: data, currentStatus: 'ready' });
    if (state === 'another') {
      store.setState({
        opening: { review: { ...data.review, id: 'other' }, incident: data.incident },
      });
    }
    render(
      <I18nProvider initialLanguage="en">
        <StoreProvider store={store}>
          <ReviewPageLoading reviewId={id} />
        </StoreProvider>
      </I18nProvider>,
    );
  };
  const heading = () => screen.queryByRole('heading', { level: 1, name: data.incident.title });

  it('says it is opening the review before its head is read', () => {
    show('nothing');
    expect(screen.getByRole('status')).toHaveTextContent('Opening the review…');
    expect(heading()).toBeNull();
    expect(screen.getByRole('link', { name: 'All reviews' })).toHaveAttribute('href', '#/');
  });

  it('names the review once its head is read, while its messages are read', () => {
    show('head');
    expect(heading()).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('Reading its messages…');
  });

  it('names it and says the page is being prepared once the whole review is read', () => {
    show('whole');
    expect(heading()).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('Preparing the review…');
  });

  it('does not name another review being opened', () => {
    show('another');
    expect(heading()).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('Opening the review…');
  });
});
