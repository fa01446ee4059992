import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import type { ReviewData } from '../../../src/domain/model';
import type { ReviewGateway } from '../../../src/domain/reviewGateway';
import { WorkshopSteps } from '../../../src/features/workshop/WorkshopSteps';
import { I18nProvider } from '../../../src/i18n/I18nProvider';
import type { Language } from '../../../src/i18n/languages';
import { MemoryReviewGateway } from '../../../src/persistence/MemoryReviewGateway';
import { createAppStore } from '../../../src/store/createAppStore';
import { StoreProvider } from '../../../src/store/StoreProvider';
import { useAppStore } from '../../../src/store/useAppStore';

/** The open review from the store, as the review page passes it to WorkshopSteps. */
function OpenReviewSteps() {
  const current = useAppStore((s) => s.current);
  if (current === null) return null;
  return <WorkshopSteps data={current} zone={current.incident.timeZone} />;
}

interface Options {
  readonly language?: Language;
  /** Storage that already holds the review (a reload); a new one holding `data` otherwise. */
  readonly gateway?: ReviewGateway;
}

/**
 * WorkshopSteps on a store backed by an in-memory gateway holding `data`, already opened,
 * inside the same providers as the app (language, store, StrictMode).
 */
export async function renderWorkshop(data: ReviewData, options: Options = {}) {
  const gateway = options.gateway ?? new MemoryReviewGateway();
  if (options.gateway === undefined) await gateway.createReview(data);
  const store = createAppStore(gateway);
  await store.getState().actions.openReview(data.review.id);
  const user = userEvent.setup();
  const view = render(
    <StrictMode>
      <I18nProvider initialLanguage={options.language ?? 'en'}>
        <StoreProvider store={store}>
          <OpenReviewSteps />
        </StoreProvider>
      </I18nProvider>
    </StrictMode>,
  );
  return { ...view, user, store, gateway };
}
