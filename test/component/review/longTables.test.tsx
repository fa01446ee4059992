import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { analyzeGaps } from '../../../src/domain/gaps/analyzeGaps';
import type { ReviewData } from '../../../src/domain/model';
import { CommunicationsTable } from '../../../src/features/review/CommunicationsTable';
import { GapTable } from '../../../src/features/review/GapTable';
import { I18nProvider } from '../../../src/i18n/I18nProvider';
import { VIRTUALIZE_ABOVE } from '../../../src/ui/table/useTableRows';
import { renderTimelineTwin } from '../support/renderTimelineTwin';
import { reviewWithUpdates } from '../support/reviewWithUpdates';

function renderCommunications(data: ReviewData) {
  return render(
    <I18nProvider initialLanguage="en">
      <CommunicationsTable
        communications={data.communications}
        channels={data.channels}
        zone="UTC"
        onEdit={() => undefined}
        onDelete={() => undefined}
      />
    </I18nProvider>,
  );
}

const bodyRows = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .filter((row) => row.closest('tbody') !== null);

describe('long tables', () => {
  it(`render every row up to ${VIRTUALIZE_ABOVE} rows, with no aria-rowcount`, () => {
    renderCommunications(reviewWithUpdates(VIRTUALIZE_ABOVE));
    const table = screen.getByRole('table', { name: 'Communications' });
    expect(table).not.toHaveAttribute('aria-rowcount');
    const rows = bodyRows(table);
    expect(rows).toHaveLength(VIRTUALIZE_ABOVE);
    expect(rows[0]).not.toHaveAttribute('aria-rowindex');
    expect(within(table).getByText(`Update #${VIRTUALIZE_ABOVE}`)).toBeInTheDocument();
  });

  it('above 1,000 rows, the Communications table renders a window and says its size', () => {
    renderCommunications(reviewWithUpdates(1_500));
    const table = screen.getByRole('table', { name: 'Communications' });
    // 1,500 messages and the header row.
    expect(table).toHaveAttribute('aria-rowcount', '1501');
    const rows = bodyRows(table);
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.length).toBeLessThan(200);
    // The first rendered row is the first message, at position 2 (the header is 1), and the
    // positions run on without a hole.
    expect(rows[0]).toHaveAttribute('aria-rowindex', '2');
    expect(within(rows[0] as HTMLElement).getByText('Update #1')).toBeInTheDocument();
    rows.forEach((row, i) => expect(row).toHaveAttribute('aria-rowindex', String(i + 2)));
    expect(within(table).queryByText('Update #1500')).toBeNull();
    // The rows not rendered are stood in for by a spacer hidden from assistive tech.
    const spacers = table.querySelectorAll('tr.table-spacer');
    expect(spacers).toHaveLength(1);
    expect(spacers[0]).toHaveAttribute('aria-hidden', 'true');
    expect(Number.parseFloat((spacers[0]?.firstElementChild as HTMLElement).style.height)).toBe(
      (1_500 - rows.length) * 49,
    );
  });

  it('the gap table and the Timeline table virtualise the same way', async () => {
    const data = reviewWithUpdates(1_200);
    const analysis = analyzeGaps(data);
    if (!analysis.ok) throw new Error(analysis.error.message);
    const { unmount } = render(
      <I18nProvider initialLanguage="en">
        <GapTable gaps={analysis.gaps} zone="UTC" target={{ ideal: 20, max: 30 }} />
      </I18nProvider>,
    );
    const gaps = screen.getByRole('table', { name: 'Communication gaps' });
    expect(gaps).toHaveAttribute('aria-rowcount', String(analysis.gaps.length + 1));
    expect(bodyRows(gaps).length).toBeLessThan(200);
    unmount();

    await renderTimelineTwin(data);
    const twin = screen.getByRole('table', { name: 'Timeline' });
    // The alert and 1,200 updates (no resolution), plus the header row.
    expect(twin).toHaveAttribute('aria-rowcount', String(1 + 1_200 + 1));
    expect(bodyRows(twin).length).toBeLessThan(200);
    expect(within(twin).getByText('Update #1')).toBeInTheDocument();
  });
});
