import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src/app/App';
import type { ReviewData } from '../../../src/domain/model';
import type { Language } from '../../../src/i18n/languages';
import { MemoryReviewGateway } from '../../../src/persistence/MemoryReviewGateway';
import { createAppStore } from '../../../src/store/createAppStore';
import { reviewHref } from '../../../src/ui/hashRoute';

interface Options {
  readonly language?: Language;
  readonly reviews?: readonly ReviewData[];
  /** Open this review (by index in `reviews`) instead of the home page. */
  readonly open?: number;
  /** The storage (a fresh in-memory gateway by default). */
  readonly gateway?: MemoryReviewGateway;
}

/** The whole app on an in-memory gateway, as the composition root wires it. */
export async function renderApp({
  language = 'en',
  reviews = [],
  open,
  gateway = new MemoryReviewGateway(),
}: Options = {}) {
  for (const r of reviews) await gateway.createReview(r);
  const store = createAppStore(gateway);
  const target = open === undefined ? undefined : reviews[open];
  window.location.hash = target === undefined ? '#/' : reviewHref(target.review.id);
  const user = userEvent.setup();
  const view = render(
    <App store={store} storage={{ mode: 'indexeddb', reason: null }} initialLanguage={language} />,
  );
  return { ...view, user, store, gateway };
}
