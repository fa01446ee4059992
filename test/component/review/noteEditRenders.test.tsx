/**
 * A note edit re-renders what shows notes, not the review's long tables: the gap table
 * and the Communications table keep their render (they are memoised on the
 * collections they show, which an edit elsewhere leaves as they were). Re-rendering them
 * cost a forced layout per edit (the virtualised table re-reads its place on the page).
 */
import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as gapAnalysis from '../../../src/domain/gaps/analyzeGaps';
import * as tableRows from '../../../src/ui/table/useTableRows';
import { makeNote } from '../support/makeNote';
import { makeReviewData, type MessageSpec } from '../support/makeReviewData';
import { renderApp } from '../support/renderApp';

/** What each table passes to useTableRows: its row count and estimated row height. */
const MESSAGES = 40;
const GAP_TABLE = `${MESSAGES + 1} rows of 41 px`;
const COMMUNICATIONS_TABLE = `${MESSAGES} rows of 49 px`;

afterEach(() => {
  vi.restoreAllMocks();
});

function reviewWithNote() {
  const alert = Date.parse('2026-03-05T00:00:00Z');
  const messages: MessageSpec[] = Array.from({ length: MESSAGES }, (_, i) => ({
    at: new Date(alert + (i + 1) * 25 * 60_000).toISOString(),
    channel: i % 2 === 0 ? 'Status page' : 'Email',
    text: `Update #${i + 1}`,
  }));
  const data = makeReviewData({ alert: new Date(alert).toISOString(), zone: 'UTC', messages });
  const note = makeNote(data.review.id, { id: 'note-1', text: 'Nobody said when', at: alert });
  return { ...data, notes: [note] };
}

describe('a note edit', () => {
  it('leaves the gap table and the Communications table unrendered', async () => {
    const calls: string[] = [];
    const real = tableRows.useTableRows;
    vi.spyOn(tableRows, 'useTableRows').mockImplementation((count, estimate) => {
      calls.push(`${count} rows of ${estimate} px`);
      return real(count, estimate);
    });
    const data = reviewWithNote();
    const { store } = await renderApp({ reviews: [data], open: 0 });
    await screen.findByRole('table', { name: 'Communications' });
    const renders = (table: string) => calls.filter((c) => c === table).length;
    const before = { gaps: renders(GAP_TABLE), communications: renders(COMMUNICATIONS_TABLE) };
    expect(before.gaps).toBeGreaterThan(0);
    expect(before.communications).toBeGreaterThan(0);

    await act(() => store.getState().actions.updateNote('note-1', { offsetY: -120 }));
    await act(() => store.getState().actions.updateNote('note-1', { text: 'ETA missing' }));

    expect(store.getState().current?.notes[0]?.text).toBe('ETA missing');
    expect({ gaps: renders(GAP_TABLE), communications: renders(COMMUNICATIONS_TABLE) }).toEqual(
      before,
    );

    // A change to the messages still reaches the tables.
    await act(() => store.getState().actions.updateIncident({ target: { ideal: 15, max: 20 } }));
    expect(renders(GAP_TABLE)).toBeGreaterThan(before.gaps);
  });

  it('runs the gap analysis once on opening the review, and not again for a note edit', async () => {
    const analyses = vi.spyOn(gapAnalysis, 'analyzeGaps');
    const data = reviewWithNote();
    const { store } = await renderApp({ reviews: [data], open: 0 });
    await screen.findByRole('table', { name: 'Communications' });
    // Runs over the open review's messages (the list of reviews analyses its own copy).
    const shown = store.getState().current?.communications;
    const ofPage = () =>
      analyses.mock.calls.filter(([input]) => input.communications === shown).length;
    // One: the store's, shared by the gap table, the drawing, the Summary and the "what if"
    // figures (with no what-if, the hypothetical analysis is the real one).
    expect(ofPage()).toBe(1);
    await act(() => store.getState().actions.updateNote('note-1', { text: 'ETA missing' }));
    expect(store.getState().current?.notes[0]?.text).toBe('ETA missing');
    expect(store.getState().current?.communications).toBe(shown);
    expect(ofPage()).toBe(1);
  });
});
