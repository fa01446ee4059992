import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Konva from 'konva';
import { Profiler } from 'react';
import { vi } from 'vitest';
import { TimelineCanvas } from '../../../src/canvas/TimelineCanvas';
import type { ReviewData } from '../../../src/domain/model';
import { I18nProvider } from '../../../src/i18n/I18nProvider';
import type { Language } from '../../../src/i18n/languages';
import { MemoryReviewGateway } from '../../../src/persistence/MemoryReviewGateway';
import { createAppStore } from '../../../src/store/createAppStore';
import { selectGapAnalysis } from '../../../src/store/selectors/selectGapAnalysis';
import { StoreProvider } from '../../../src/store/StoreProvider';
import { useAppStore } from '../../../src/store/useAppStore';
import { waitUntilDrawn } from './waitUntilDrawn';

function OpenReviewCanvas(props: {
  mode: 'edit' | 'present';
  onOpenCommunication: (id: string) => void;
}) {
  const current = useAppStore((s) => s.current);
  const analysis = useAppStore(selectGapAnalysis);
  if (current === null || analysis === null) return null;
  return (
    <TimelineCanvas
      data={current}
      analysis={analysis}
      zone={current.incident.timeZone}
      mode={props.mode}
      onOpenCommunication={props.onOpenCommunication}
    />
  );
}

/** The timeline drawing of `data`, opened in a store on an in-memory gateway. */
export async function renderTimelineCanvas(
  data: ReviewData,
  options: {
    mode?: 'edit' | 'present';
    language?: Language;
    /** Called on each commit of the drawing (a React Profiler around it). */
    onCommit?: () => void;
    /** Wait until the drawing is complete (not `aria-busy`); true unless said otherwise. */
    waitUntilDrawn?: boolean;
  } = {},
) {
  const gateway = new MemoryReviewGateway();
  await gateway.createReview(data);
  const store = createAppStore(gateway);
  await store.getState().actions.openReview(data.review.id);
  const onOpenCommunication = vi.fn<(id: string) => void>();
  const user = userEvent.setup();
  const view = render(
    <I18nProvider initialLanguage={options.language ?? 'en'}>
      <StoreProvider store={store}>
        <Profiler id="timeline" onRender={() => options.onCommit?.()}>
          <OpenReviewCanvas
            mode={options.mode ?? 'edit'}
            onOpenCommunication={onOpenCommunication}
          />
        </Profiler>
      </StoreProvider>
    </I18nProvider>,
  );
  // The stage adds its layers one per frame, then fills them; the drawing is busy until then.
  if (options.waitUntilDrawn ?? true) await waitUntilDrawn(view.container);
  /** The Konva stage this render drew (the newest one). */
  const stage = (): Konva.Stage => {
    const found = Konva.stages.at(-1);
    if (found === undefined) throw new Error('no Konva stage');
    return found;
  };
  return { ...view, user, store, gateway, stage, onOpenCommunication };
}
