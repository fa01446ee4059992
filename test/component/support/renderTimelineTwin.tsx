import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { vi } from 'vitest';
import type { Communication, ReviewData } from '../../../src/domain/model';
import { TimelineTwin } from '../../../src/features/review/TimelineTwin';
import { I18nProvider } from '../../../src/i18n/I18nProvider';
import type { Language } from '../../../src/i18n/languages';
import { MemoryReviewGateway } from '../../../src/persistence/MemoryReviewGateway';
import { createAppStore } from '../../../src/store/createAppStore';
import { StoreProvider } from '../../../src/store/StoreProvider';
import { useAppStore } from '../../../src/store/useAppStore';

/** The open review from the store, as the review page passes it to TimelineTwin. */
function OpenReviewTwin(props: { onEditCommunication: (c: Communication) => void }) {
  const current = useAppStore((s) => s.current);
  const displayZone = useAppStore((s) => s.displayTimeZone);
  if (current === null) return null;
  return (
    <TimelineTwin
      data={current}
      zone={displayZone ?? current.incident.timeZone}
      onEditCommunication={props.onEditCommunication}
    />
  );
}

/**
 * TimelineTwin on a store backed by an in-memory gateway holding `data`, already opened,
 * inside the same providers as the app (language, store, StrictMode).
 */
export async function renderTimelineTwin(data: ReviewData, language: Language = 'en') {
  const gateway = new MemoryReviewGateway();
  await gateway.createReview(data);
  const store = createAppStore(gateway);
  await store.getState().actions.openReview(data.review.id);
  const onEditCommunication = vi.fn<(c: Communication) => void>();
  const user = userEvent.setup();
  const view = render(
    <StrictMode>
      <I18nProvider initialLanguage={language}>
        <StoreProvider store={store}>
          <OpenReviewTwin onEditCommunication={onEditCommunication} />
        </StoreProvider>
      </I18nProvider>
    </StrictMode>,
  );
  return { ...view, user, store, gateway, onEditCommunication };
}
