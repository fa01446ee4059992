import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { readTable } from '../support/readTable';
import { csvFile } from '../support/checkoutCsv';
import { renderApp } from '../support/renderApp';

afterEach(() => {
  window.location.hash = '';
});

describe('importing a timeline', () => {
  it('previews a CSV with its rejected row, imports on confirmation and opens the review', async () => {
    const { user, gateway } = await renderApp();
    // The zones are offered a frame after the page (the current one at once).
    await screen.findByRole('option', { name: 'America/Sao Paulo' });
    await user.selectOptions(screen.getByLabelText('Time zone of the file'), 'America/Sao_Paulo');
    await user.upload(screen.getByLabelText('Import timeline'), csvFile());

    const preview = await screen.findByRole('dialog', { name: 'Import preview' });
    expect(preview).toHaveTextContent('checkout.csv · Spreadsheet (CSV/TSV)');
    expect(preview).toHaveTextContent('4 communications');
    expect(preview).toHaveTextContent('Channels: Status page, Email');
    expect(preview).toHaveTextContent('Alert: Mar 5, 2024, 14:00 UTC−03:00');
    expect(preview).toHaveTextContent(
      'From Mar 5, 2024, 14:12 UTC−03:00 to Mar 5, 2024, 16:35 UTC−03:00',
    );
    expect(preview).toHaveTextContent('Times without an offset were read in America/Sao_Paulo.');
    expect(preview).toHaveTextContent('1 rejected row');
    expect(within(preview).getByText(/^Line 6: /)).toBeInTheDocument();
    // Nothing is written before the confirmation.
    expect(await gateway.listReviews()).toHaveLength(0);

    await user.click(within(preview).getByRole('button', { name: 'Import' }));

    await screen.findByRole('table', { name: 'Communication gaps' }, { timeout: 5000 });
    expect(readTable('Communication gaps')).toEqual([
      ['Alert · 14:00 UTC−03:00', 'Update 1 · 14:12 UTC−03:00', '12', 'OK'],
      ['Update 1 · 14:12 UTC−03:00', 'Update 2 · 14:40 UTC−03:00', '28', 'Late'],
      ['Update 2 · 14:40 UTC−03:00', 'Update 3 · 15:55 UTC−03:00', '75', 'Gap'],
      ['Update 3 · 15:55 UTC−03:00', 'Resolution update · 16:35 UTC−03:00', '40', 'Gap'],
    ]);
    const notice = screen.getByRole('region', { name: 'Import complete' });
    expect(notice).toHaveTextContent('4 communications came in from checkout.csv.');
    expect(within(notice).getByText(/^Line 6: /)).toBeInTheDocument();
    expect(await gateway.listReviews()).toHaveLength(1);

    await user.click(within(notice).getByRole('button', { name: 'Dismiss the import summary' }));
    expect(screen.queryByRole('region', { name: 'Import complete' })).toBeNull();
  });

  it('writes nothing when the preview is cancelled', async () => {
    const { user, gateway } = await renderApp();
    await user.upload(screen.getByLabelText('Import timeline'), csvFile());
    const preview = await screen.findByRole('dialog', { name: 'Import preview' });
    await user.click(within(preview).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await gateway.listReviews()).toHaveLength(0);
  });

  it('shows the importer’s error for a file that is not a known format', async () => {
    const { user } = await renderApp();
    const notes = new File(['Dear team, the outage was bad.'], 'notes.txt', { type: 'text/plain' });
    await user.upload(screen.getByLabelText('Import timeline'), notes);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not import notes.txt');
    expect(alert).toHaveTextContent('This is not a format Gapline knows.');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('imports rows pasted from a spreadsheet', async () => {
    const { user } = await renderApp();
    await user.selectOptions(screen.getByLabelText('Time zone of the file'), 'UTC');
    await user.click(screen.getByText('Paste rows from a spreadsheet', { selector: 'summary' }));
    const pasted = [
      'timestamp\tchannel\tauthor\tkind\tmessage',
      '05/03/2024 09:00\tPager\tOn-call\talert\tErrors',
      '05/03/2024 09:25\tStatus page\tAna\tupdate\tInvestigating',
      '05/03/2024 10:00\tStatus page\tAna\tresolution\tResolved',
    ].join('\n');
    await user.click(screen.getByLabelText('Paste rows from a spreadsheet'));
    await user.paste(pasted);
    await user.click(screen.getByRole('button', { name: 'Import pasted rows' }));
    const preview = await screen.findByRole('dialog', { name: 'Import preview' });
    expect(preview).toHaveTextContent('2 communications');
    await user.click(within(preview).getByRole('button', { name: 'Import' }));
    await screen.findByRole('table', { name: 'Communication gaps' }, { timeout: 5000 });
    await waitFor(() =>
      expect(readTable('Communication gaps').map((r) => r[2])).toEqual(['25', '35']),
    );
  });

  it('takes a file dropped on the drop zone', async () => {
    await renderApp();
    const zone = screen.getByLabelText('Import timeline').closest('.drop-zone') as HTMLElement;
    fireEvent.dragOver(zone, { dataTransfer: { files: [csvFile()] } });
    expect(zone).toHaveTextContent('Drop the file to import it');
    fireEvent.drop(zone, { dataTransfer: { files: [csvFile()] } });
    const preview = await screen.findByRole('dialog', { name: 'Import preview' });
    expect(preview).toHaveTextContent('checkout.csv · Spreadsheet (CSV/TSV)');
    expect(zone).toHaveTextContent('or drop a file here');
  });
});
