/**
 * The drawing in workshop step 3 (issue "Assess the messages themselves"): a warning
 * marker over exactly the dots whose messages have findings of the message checks, on the
 * non-listening dots layer; no marker in any other step.
 */
import { act, render } from '@testing-library/react';
import Konva from 'konva';
import { describe, expect, it } from 'vitest';
import { WORKSHOP_STEPS, type WorkshopStep } from '../../../src/domain/model';
import { PresenterTimeline } from '../../../src/features/presenter/PresenterTimeline';
import { TimelineSection } from '../../../src/features/review/TimelineSection';
import { I18nProvider } from '../../../src/i18n/I18nProvider';
import { MemoryReviewGateway } from '../../../src/persistence/MemoryReviewGateway';
import { createAppStore } from '../../../src/store/createAppStore';
import { selectGapAnalysis } from '../../../src/store/selectors/selectGapAnalysis';
import { StoreProvider } from '../../../src/store/StoreProvider';
import { useAppStore } from '../../../src/store/useAppStore';
import { findingsOf } from '../../../src/features/checks/findingsOf';
import { dotRadius } from '../../../src/canvas/shapes/drawDots';
import { CHECKS_REVIEW } from '../support/checksReview';
import { dotOf, drawnDots } from '../support/drawnShapes';
import { makeReviewData } from '../support/makeReviewData';
import { waitUntilDrawn } from '../support/waitUntilDrawn';

function OpenReviewSection({ presenter = false }: { readonly presenter?: boolean }) {
  const current = useAppStore((s) => s.current);
  const analysis = useAppStore(selectGapAnalysis);
  if (current === null || analysis === null) return null;
  if (presenter) return <PresenterTimeline data={current} analysis={analysis} zone={null} />;
  return (
    <TimelineSection
      data={current}
      analysis={analysis}
      zone={current.incident.timeZone}
      onOpenCommunication={() => undefined}
    />
  );
}

async function renderSection(presenter = false) {
  const data = makeReviewData(CHECKS_REVIEW);
  const gateway = new MemoryReviewGateway();
  await gateway.createReview(data);
  const store = createAppStore(gateway);
  await store.getState().actions.openReview(data.review.id);
  render(
    <I18nProvider initialLanguage="en">
      <StoreProvider store={store}>
        <OpenReviewSection presenter={presenter} />
      </StoreProvider>
    </I18nProvider>,
  );
  await waitUntilDrawn();
  const stage = (): Konva.Stage => {
    const found = Konva.stages.at(-1);
    if (found === undefined) throw new Error('no Konva stage');
    return found;
  };
  const goTo = (step: WorkshopStep) =>
    act(() => store.getState().actions.updateSession(() => ({ step })));
  return { data, stage, goTo, store };
}

/** The communication ids of the marked dots (`finding-<id>`), sorted. */
const markedIds = (stage: Konva.Stage) =>
  stage
    .find('.finding-marker')
    .map((n) => n.id().replace(/^finding-/, ''))
    .sort();

describe('finding markers on the drawing', () => {
  it('marks exactly the dots of the messages with findings in step 3, and none in other steps', async () => {
    const { data, stage, goTo } = await renderSection();
    const [late, promise, tweet, resolution, internal] = data.communications.map((c) => c.id);
    // The findings are about the first four messages; the internal note is never judged.
    const flagged = [late, promise, tweet, resolution].map(String).sort();
    expect(internal).toBeDefined();

    expect(markedIds(stage())).toEqual([]);
    await goTo('assess');
    expect(markedIds(stage())).toEqual(flagged);

    // Each marker sits just above its own dot, on the dots layer, which does not listen.
    for (const id of flagged) {
      const marker = stage().findOne(`#finding-${id}`) as Konva.Group;
      const dot = dotOf(stage(), id);
      const { metrics } = drawnDots(stage());
      expect(marker.x()).toBe(dot.x);
      expect(marker.y()).toBeLessThan(dot.y - dotRadius(dot, metrics));
      expect(marker.getLayer()?.name()).toBe('dots');
      expect(marker.getLayer()?.listening()).toBe(false);
    }
    expect(stage().findOne(`#finding-${String(internal)}`)).toBeUndefined();
    expect(stage().getLayers()).toHaveLength(5);

    for (const step of WORKSHOP_STEPS.filter((s) => s !== 'assess')) {
      await goTo(step);
      expect(markedIds(stage()), step).toEqual([]);
    }
    await goTo('assess');
    expect(markedIds(stage())).toEqual(flagged);
  });

  it('drops the marker of a message whose findings were all dismissed, and brings it back on restore', async () => {
    const { data, stage, goTo, store } = await renderSection();
    const tweet = data.communications[2]?.id ?? '';
    await goTo('assess');
    expect(markedIds(stage())).toContain(tweet);
    const current = () => store.getState().current ?? data;
    const onTweet = findingsOf(current(), 'en').filter((f) => f.communicationId === tweet);
    expect(onTweet.length).toBeGreaterThan(0);
    const [first, ...rest] = onTweet;
    if (first === undefined) throw new Error('no finding on the tweet');
    // One finding dismissed of several: the marker stays while any is kept.
    await act(() => store.getState().actions.dismissFinding(first.rule, tweet));
    expect(markedIds(stage()).includes(tweet)).toBe(rest.length > 0);
    for (const f of rest) await act(() => store.getState().actions.dismissFinding(f.rule, tweet));
    expect(markedIds(stage())).not.toContain(tweet);
    expect(markedIds(stage())).toHaveLength(3);

    const dismissal = current().dismissals[0];
    if (dismissal === undefined) throw new Error('no dismissal');
    await act(() => store.getState().actions.restoreFinding(dismissal.id));
    expect(markedIds(stage())).toContain(tweet);
  });

  it('marks the same dots in the presenter window, kept findings only', async () => {
    const { data, stage, goTo, store } = await renderSection(true);
    const [late, promise, tweet, resolution] = data.communications.map((c) => String(c.id));
    expect(markedIds(stage())).toEqual([]);
    await goTo('assess');
    expect(markedIds(stage())).toEqual([late, promise, tweet, resolution].sort());
    const current = () => store.getState().current ?? data;
    for (const f of findingsOf(current(), 'en').filter((x) => x.communicationId === resolution)) {
      await act(() => store.getState().actions.dismissFinding(f.rule, resolution ?? null));
    }
    expect(markedIds(stage())).toEqual([late, promise, tweet].sort());
    await goTo('plan');
    expect(markedIds(stage())).toEqual([]);
  });
});
