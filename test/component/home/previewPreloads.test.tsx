/**
 * While an import's preview is shown, the review page it opens next loads its code: after
 * **Import**, evaluating that code was one more long task of a big import (issue 9).
 */
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../support/renderApp';

const loads = vi.hoisted(() => ({ reviewPage: 0 }));
vi.mock('../../../src/features/review/ReviewPage', async (importOriginal) => {
  loads.reviewPage += 1;
  return importOriginal();
});

afterEach(() => {
  window.location.hash = '';
});

const CSV = [
  'timestamp,channel,author,kind,message',
  '2024-03-05 14:00,Pager,On-call,alert,Checkout error rate above 5%',
  '2024-03-05 14:12,Status page,Ana,update,We are investigating failed payments at checkout.',
  '2024-03-05 16:35,Status page,Ana,resolution,Resolved. No data was lost.',
].join('\n');

describe('the import preview', () => {
  it('loads the review page while it is shown, before Import is pressed', async () => {
    const { user } = await renderApp();
    expect(loads.reviewPage).toBe(0);
    await user.upload(
      screen.getByLabelText('Import timeline'),
      new File([CSV], 'checkout.csv', { type: 'text/csv' }),
    );
    await screen.findByRole('dialog', { name: 'Import preview' });
    await vi.waitFor(() => expect(loads.reviewPage).toBe(1));
    expect(screen.getByRole('dialog', { name: 'Import preview' })).toBeInTheDocument();
  });
});
