import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { analyzeGaps } from '../../../src/domain/gaps/analyzeGaps';
import type { GapList } from '../../../src/domain/gaps/GapList';
import { GapTable } from '../../../src/features/review/GapTable';
import { I18nProvider } from '../../../src/i18n/I18nProvider';
import type { Language } from '../../../src/i18n/languages';
import { CHECKOUT_OUTAGE, makeReviewData } from '../support/makeReviewData';
import { readTable } from '../support/readTable';

function gapsOf(): GapList {
  const analysis = analyzeGaps(makeReviewData(CHECKOUT_OUTAGE));
  if (!analysis.ok) throw new Error(analysis.error.message);
  return analysis.gaps;
}

function renderTable(language: Language = 'en') {
  return render(
    <I18nProvider initialLanguage={language}>
      <GapTable gaps={gapsOf()} zone="America/Sao_Paulo" target={{ ideal: 20, max: 30 }} />
    </I18nProvider>,
  );
}

describe('GapTable', () => {
  it('has the caption and the four contract columns', () => {
    renderTable();
    const table = screen.getByRole('table', { name: 'Communication gaps' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['From', 'To', 'Minutes', 'Status']);
  });

  it('renders one tbody row per gap with labels, times, minutes and status words', () => {
    renderTable();
    // Worked out by hand: the 14:12 post and tweet are one moment, the internal message
    // and the follow-up do not count, the resolution update ends the list.
    expect(readTable('Communication gaps')).toEqual([
      ['Alert · 14:00 UTC−03:00', 'Update 1 · 14:12 UTC−03:00', '12', 'OK'],
      ['Update 1 · 14:12 UTC−03:00', 'Update 2 · 14:40 UTC−03:00', '28', 'Late'],
      ['Update 2 · 14:40 UTC−03:00', 'Update 3 · 15:55 UTC−03:00', '75.5', 'Gap'],
      ['Update 3 · 15:55 UTC−03:00', 'Update 4 · 16:20 UTC−03:00', '24.5', 'Late'],
      ['Update 4 · 16:20 UTC−03:00', 'Resolution update · 16:35 UTC−03:00', '15', 'OK'],
    ]);
  });

  it('marks over-target and longest rows with more than colour', () => {
    renderTable();
    const rows = screen.getAllByRole('row').slice(1);
    const longest = rows[2];
    expect(longest).toHaveClass('gap-gap', 'gap-longest');
    // The status cell of the longest gap is described as such, in words.
    expect(
      within(longest as HTMLElement)
        .getByText('Gap')
        .closest('td'),
    ).toHaveAccessibleDescription('Longest gap');
    expect(longest?.querySelectorAll('svg')).toHaveLength(2);
    expect(rows[0]?.querySelectorAll('svg')).toHaveLength(0);
    expect(rows[1]).toHaveClass('gap-late');
    expect(rows[1]?.querySelectorAll('svg')).toHaveLength(1);
  });

  it('translates the caption, columns, labels and status words into Spanish', () => {
    renderTable('es');
    expect(screen.queryByRole('table', { name: 'Communication gaps' })).toBeNull();
    const rows = readTable('Huecos de comunicación');
    expect(rows[2]).toEqual([
      'Actualización 2 · 14:40 UTC−03:00',
      'Actualización 3 · 15:55 UTC−03:00',
      '75,5',
      'Hueco',
    ]);
    expect(rows[4]?.[1]).toBe('Aviso de resolución · 16:35 UTC−03:00');
    expect(screen.getByRole('columnheader', { name: 'Estado' })).toBeInTheDocument();
  });
});
