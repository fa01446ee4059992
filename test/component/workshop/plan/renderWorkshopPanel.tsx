import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode, type ComponentType } from 'react';
import type { ReviewData } from '../../../../src/domain/model';
import { I18nProvider } from '../../../../src/i18n/I18nProvider';
import type { Language } from '../../../../src/i18n/languages';
import { MemoryReviewGateway } from '../../../../src/persistence/MemoryReviewGateway';
import { createAppStore } from '../../../../src/store/createAppStore';
import { StoreProvider } from '../../../../src/store/StoreProvider';
import { useAppStore } from '../../../../src/store/useAppStore';

type Panel = ComponentType<{ data: ReviewData; zone: string }>;

/** The open review from the store, as the step bar passes it to a workshop panel. */
function OpenReviewPanel({ panel: PanelComponent }: { panel: Panel }) {
  const current = useAppStore((s) => s.current);
  const displayZone = useAppStore((s) => s.displayTimeZone);
  if (current === null) return null;
  return <PanelComponent data={current} zone={displayZone ?? current.incident.timeZone} />;
}

/**
 * A workshop step panel on a store backed by an in-memory gateway holding `data`, already
 * opened, inside the app's providers (language, store, StrictMode). `saved()` reads the
 * review back from the gateway once every write finished.
 */
export async function renderWorkshopPanel(
  panel: Panel,
  data: ReviewData,
  language: Language = 'en',
) {
  const gateway = new MemoryReviewGateway();
  await gateway.createReview(data);
  const store = createAppStore(gateway);
  await store.getState().actions.openReview(data.review.id);
  const user = userEvent.setup();
  const view = render(
    <StrictMode>
      <I18nProvider initialLanguage={language}>
        <StoreProvider store={store}>
          <OpenReviewPanel panel={panel} />
        </StoreProvider>
      </I18nProvider>
    </StrictMode>,
  );
  const saved = async (): Promise<ReviewData> => {
    await store.getState().actions.flush();
    const stored = await gateway.loadReview(data.review.id);
    if (stored === null) throw new Error('The review is not in the gateway.');
    return stored;
  };
  return { ...view, user, store, gateway, saved };
}
