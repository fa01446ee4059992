/**
 * The drawing's span (a pass over every message) is worked out again when the messages or
 * the incident's ends change, not when another field of the incident does: at 100,000
 * messages it was made twice on opening after an import (the incident record replaced).
 */
import { act, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as timelineScene from '../../../src/canvas/layout/timelineScene';
import { CHECKOUT_OUTAGE, makeReviewData } from '../support/makeReviewData';
import { renderTimelineCanvas } from '../support/renderTimelineCanvas';

afterEach(() => {
  vi.restoreAllMocks();
  delete window.gaplineTimeline;
});

describe('the timeline span', () => {
  it('is kept while the incident is renamed, and made again when its alert moves', async () => {
    const spans = vi.spyOn(timelineScene, 'incidentSpan');
    const data = makeReviewData(CHECKOUT_OUTAGE);
    const { store } = await renderTimelineCanvas(data);
    const opened = spans.mock.calls.length;
    expect(opened).toBeGreaterThan(0);
    const { actions } = store.getState();
    await act(async () => actions.updateIncident({ title: 'Checkout down, renamed' }));
    expect(store.getState().current?.incident.title).toBe('Checkout down, renamed');
    expect(spans.mock.calls.length).toBe(opened);
    const alert = (data.incident.alert ?? 0) - 10 * 60_000;
    await act(async () => actions.updateIncident({ alert }));
    await waitFor(() => expect(spans.mock.calls.length).toBeGreaterThan(opened));
    expect(spans.mock.calls.at(-1)?.[0].alert).toBe(alert);
  });
});
