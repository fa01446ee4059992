import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import type { ReviewData } from '../../../../src/domain/model';
import { PreparationPanel } from '../../../../src/features/workshop/preparation/PreparationPanel';
import { I18nProvider } from '../../../../src/i18n/I18nProvider';
import type { Language } from '../../../../src/i18n/languages';
import { MemoryReviewGateway } from '../../../../src/persistence/MemoryReviewGateway';
import { createAppStore } from '../../../../src/store/createAppStore';
import { StoreProvider } from '../../../../src/store/StoreProvider';
import { useAppStore } from '../../../../src/store/useAppStore';

/** The open review from the store, as the step bar passes it to PreparationPanel. */
function OpenPreparation() {
  const current = useAppStore((s) => s.current);
  const displayZone = useAppStore((s) => s.displayTimeZone);
  if (current === null) return null;
  return <PreparationPanel data={current} zone={displayZone ?? current.incident.timeZone} />;
}

function ui(store: ReturnType<typeof createAppStore>, language: Language) {
  return (
    <StrictMode>
      <I18nProvider initialLanguage={language}>
        <StoreProvider store={store}>
          <OpenPreparation />
        </StoreProvider>
      </I18nProvider>
    </StrictMode>
  );
}

/**
 * PreparationPanel on a store backed by an in-memory gateway holding `data`, already
 * opened, inside the app's providers. `reopen()` unmounts, opens the review again from
 * what the gateway saved, and renders it anew.
 */
export async function renderPreparation(data: ReviewData, language: Language = 'en') {
  const gateway = new MemoryReviewGateway();
  await gateway.createReview(data);
  const store = createAppStore(gateway);
  await store.getState().actions.openReview(data.review.id);
  // The file input accepts only images: let tests hand it anything, as a drop could.
  const user = userEvent.setup({ applyAccept: false });
  const view = render(ui(store, language));
  const reopen = async () => {
    await store.getState().actions.flush();
    view.unmount();
    const fresh = createAppStore(gateway);
    await fresh.getState().actions.openReview(data.review.id);
    const again = render(ui(fresh, language));
    return { ...again, store: fresh };
  };
  return { ...view, user, store, gateway, reopen };
}
