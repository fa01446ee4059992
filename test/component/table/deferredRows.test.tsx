/**
 * Long tables render their rows after the rest of the page (useDeferredRows): the page's
 * first render has none of them and says `aria-busy`, then React renders the rows in the
 * background. Short tables render their rows with the page, once.
 */
import { act, render, screen, within } from '@testing-library/react';
import { Profiler } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as sharedLanes from '../../../src/canvas/layout/sharedChannelLanes';
import * as timelineEntries from '../../../src/features/review/buildTimelineEntries';
import { analyzeGaps } from '../../../src/domain/gaps/analyzeGaps';
import type { GapList } from '../../../src/domain/gaps/GapList';
import { GapTable } from '../../../src/features/review/GapTable';
import { TimelineSummary } from '../../../src/features/review/TimelineSummary';
import { TimelineTable } from '../../../src/features/review/TimelineTable';
import type { LaneLayout } from '../../../src/canvas/layout/channelLanes';
import { MemoryReviewGateway } from '../../../src/persistence/MemoryReviewGateway';
import { createAppStore } from '../../../src/store/createAppStore';
import { StoreProvider } from '../../../src/store/StoreProvider';
import { I18nProvider } from '../../../src/i18n/I18nProvider';
import { tableWrapProps } from '../../../src/ui/table/tableWrapProps';
import { RENDER_AT_ONCE, useDeferredRows } from '../../../src/ui/table/useDeferredRows';
import { VIRTUALIZE_ABOVE } from '../../../src/ui/table/useTableRows';
import { makeReviewData } from '../support/makeReviewData';
import { makeNote } from '../support/makeNote';
import { renderTimelineTwin } from '../support/renderTimelineTwin';

afterEach(() => {
  vi.restoreAllMocks();
});

interface Seen {
  readonly rows: number;
  readonly first: string | undefined;
  readonly pending: boolean;
}

const NONE: readonly string[] = [];

function Probe({ items, seen }: { items: readonly string[]; seen: Seen[] }) {
  const { rows, pending } = useDeferredRows(items, NONE);
  seen.push({ rows: rows.length, first: rows[0], pending });
  return <p>{`${rows.length} rows${pending ? ', more coming' : ''}`}</p>;
}

const list = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

describe('useDeferredRows', () => {
  it('renders a long list after a first render without it, then says it is done', () => {
    const seen: Seen[] = [];
    const items = list(RENDER_AT_ONCE + 1, 'a');
    render(<Probe items={items} seen={seen} />);
    expect(seen[0]).toEqual({ rows: 0, first: undefined, pending: true });
    expect(seen.at(-1)).toEqual({ rows: RENDER_AT_ONCE + 1, first: 'a0', pending: false });
    expect(screen.getByText(`${RENDER_AT_ONCE + 1} rows`)).toBeInTheDocument();
  });

  it('keeps the previous long list on screen while the new one renders', () => {
    const seen: Seen[] = [];
    const { rerender } = render(<Probe items={list(500, 'a')} seen={seen} />);
    seen.length = 0;
    rerender(<Probe items={list(501, 'b')} seen={seen} />);
    expect(seen[0]).toEqual({ rows: 500, first: 'a0', pending: true });
    expect(seen.at(-1)).toEqual({ rows: 501, first: 'b0', pending: false });
  });

  it('renders a list longer than a table renders whole at once (only its window is drawn)', () => {
    const seen: Seen[] = [];
    render(<Probe items={list(VIRTUALIZE_ABOVE + 1, 'a')} seen={seen} />);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((s) => s.rows === VIRTUALIZE_ABOVE + 1 && !s.pending)).toBe(true);
  });

  it('renders a short list at once, never empty', () => {
    const seen: Seen[] = [];
    render(<Probe items={list(RENDER_AT_ONCE, 'a')} seen={seen} />);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((s) => s.rows === RENDER_AT_ONCE && !s.pending)).toBe(true);
  });
});

function gapsOf(count: number): GapList {
  const alert = Date.parse('2026-03-05T00:00:00Z');
  const data = makeReviewData({
    alert: new Date(alert).toISOString(),
    zone: 'UTC',
    messages: Array.from({ length: count }, (_, i) => ({
      at: new Date(alert + (i + 1) * 25 * 60_000).toISOString(),
      channel: 'Status page',
      text: `Update #${i + 1}`,
    })),
  });
  const analysis = analyzeGaps(data);
  if (!analysis.ok) throw new Error('no analysis');
  return analysis.gaps;
}

describe('the gap table of 600 gaps', () => {
  it('first renders its caption without rows and busy, then every row', async () => {
    const gaps = gapsOf(599);
    expect(gaps).toHaveLength(600);
    let firstCommit: { rows: number; busy: string | null } | null = null;
    const onCommit = () => {
      if (firstCommit !== null) return;
      const table = document.querySelector('table.gap-table');
      firstCommit = {
        rows: table?.querySelectorAll('tbody tr').length ?? -1,
        busy: table?.getAttribute('aria-busy') ?? null,
      };
    };
    await act(async () => {
      render(
        <I18nProvider initialLanguage="en">
          <Profiler id="gaps" onRender={onCommit}>
            <GapTable gaps={gaps} zone="UTC" target={{ ideal: 20, max: 30 }} />
          </Profiler>
        </I18nProvider>,
      );
      await Promise.resolve();
    });
    expect(firstCommit).toEqual({ rows: 0, busy: 'true' });
    const table = screen.getByRole('table', { name: 'Communication gaps' });
    expect(table).not.toHaveAttribute('aria-busy');
    expect(within(table).getAllByRole('row')).toHaveLength(601);
    // Skipped by layout while off screen, standing in with about its height.
    const wrap = table.parentElement;
    expect(wrap).toHaveClass('table-wrap', 'table-skippable');
    expect(wrap?.style.containIntrinsicBlockSize).toBe(`auto ${120 + 600 * 41}px`);
  });
});

describe('tableWrapProps', () => {
  it('lets the browser skip only long tables that render every row', () => {
    expect(tableWrapProps(RENDER_AT_ONCE, 41)).toEqual({ className: 'table-wrap' });
    expect(tableWrapProps(VIRTUALIZE_ABOVE + 1, 41)).toEqual({ className: 'table-wrap' });
    expect(tableWrapProps(VIRTUALIZE_ABOVE, 49)).toEqual({
      className: 'table-wrap table-skippable',
      style: { containIntrinsicBlockSize: `auto ${120 + VIRTUALIZE_ABOVE * 49}px` },
    });
  });
});

const ALERT = Date.parse('2026-03-05T00:00:00Z');

/** A review of 600 updates a minute apart from the alert, message `i` on `channelOf(i)`. */
function sixHundredMessages(channelOf: (i: number) => string) {
  return makeReviewData({
    alert: new Date(ALERT).toISOString(),
    zone: 'UTC',
    messages: Array.from({ length: 600 }, (_, i) => ({
      at: new Date(ALERT + (i + 1) * 60_000).toISOString(),
      channel: channelOf(i),
      text: `Update #${i + 1}`,
    })),
  });
}

describe('the Timeline table of 600 messages', () => {
  it('builds its rows in the background, on opening and after a note is moved', async () => {
    const data = sixHundredMessages(() => 'Status page');
    const note = makeNote(data.review.id, { id: 'n1', text: 'No ETA', at: ALERT + 5 * 60_000 });
    const builds: number[] = [];
    const real = timelineEntries.buildTimelineEntries;
    vi.spyOn(timelineEntries, 'buildTimelineEntries').mockImplementation((source) => {
      builds.push(source.communications.length);
      return real(source);
    });
    const { store } = await renderTimelineTwin({ ...data, notes: [note] });
    // First with nothing (the page paints), then with every message.
    expect(builds[0]).toBe(0);
    expect(builds.at(-1)).toBe(600);
    const table = screen.getByRole('table', { name: 'Timeline' });
    expect(table).not.toHaveAttribute('aria-busy');
    // The alert, 600 messages, the note and the header.
    expect(within(table).getAllByRole('row')).toHaveLength(603);

    builds.length = 0;
    await act(() => store.getState().actions.updateNote('n1', { text: 'Still no ETA' }));
    expect(builds.length).toBeGreaterThan(0);
    expect(within(table).getByText('Still no ETA')).toBeInTheDocument();
    expect(table).not.toHaveAttribute('aria-busy');
  });

  it('builds no row while its lanes are being placed, then builds them once', async () => {
    const data = sixHundredMessages(() => 'Status page');
    const builds: { messages: number; placed: number }[] = [];
    const real = timelineEntries.buildTimelineEntries;
    vi.spyOn(timelineEntries, 'buildTimelineEntries').mockImplementation((source) => {
      builds.push({ messages: source.communications.length, placed: source.lanes.sorted.length });
      return real(source);
    });
    const table = (lanes: LaneLayout | null) => (
      <I18nProvider initialLanguage="en">
        <StoreProvider store={createAppStore(new MemoryReviewGateway())}>
          <TimelineTable
            data={data}
            lanes={lanes}
            zone="UTC"
            onAddNote={() => undefined}
            onEditNote={() => undefined}
            onDeleteNote={() => undefined}
            onEditCommunication={() => undefined}
          />
        </StoreProvider>
      </I18nProvider>
    );
    const { rerender } = render(table(null));
    const shown = screen.getByRole('table', { name: 'Timeline' });
    expect(shown).toHaveAttribute('aria-busy', 'true');
    expect(builds.every((b) => b.messages === 0)).toBe(true);
    const lanes = sharedLanes.sharedChannelLanes(data.channels, data.communications);
    rerender(table(lanes));
    // Built once, with every message and its lane (and the page's alert row).
    expect(builds.filter((b) => b.messages > 0)).toEqual([{ messages: 600, placed: 600 }]);
    expect(shown).not.toHaveAttribute('aria-busy');
    expect(within(shown).getAllByRole('row')).toHaveLength(602);
  });

  it('places its lanes in the background: the summary names the branches once they are placed', async () => {
    const data = sixHundredMessages((i) => (i % 2 === 0 ? 'Status page' : 'Email'));
    const placed: number[] = [];
    const real = sharedLanes.sharedChannelLanes;
    vi.spyOn(sharedLanes, 'sharedChannelLanes').mockImplementation((ch, comms) => {
      placed.push(comms.length);
      return real(ch, comms);
    });
    const { container } = await renderTimelineTwin(data);
    // The page's first render places no message; the background render places all 600.
    expect(placed[0]).toBe(0);
    expect(placed.at(-1)).toBe(600);
    expect(container.querySelector('.twin-summary')).toHaveTextContent(
      /^2 branches \(Status page, Email\) · 600 communications · 0 notes$/,
    );
  });

  it('while the lanes are placed, the summary gives the counts and names no branch', () => {
    render(
      <I18nProvider initialLanguage="en">
        <TimelineSummary id="s" lanes={null} communicationCount={600} noteCount={2} />
      </I18nProvider>,
    );
    expect(document.getElementById('s')).toHaveTextContent(/^600 communications · 2 notes$/);
  });

  it('places a short review lanes in its first render', async () => {
    const data = makeReviewData({
      alert: '2026-03-05T00:00:00Z',
      zone: 'UTC',
      messages: ['01', '02', '03'].map((m) => ({
        at: `2026-03-05T00:${m}:00Z`,
        channel: 'Status page',
        text: `Update ${m}`,
      })),
    });
    const placed: number[] = [];
    const real = sharedLanes.sharedChannelLanes;
    vi.spyOn(sharedLanes, 'sharedChannelLanes').mockImplementation((ch, comms) => {
      placed.push(comms.length);
      return real(ch, comms);
    });
    await renderTimelineTwin(data);
    expect(placed.length).toBeGreaterThan(0);
    expect(placed.every((n) => n === 3)).toBe(true);
  });
});
