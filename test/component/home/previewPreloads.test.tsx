/**
 * While an import's preview is shown, the review page it opens next loads its code: after
 * **Import**, evaluating that code was one more long task of a big import (issue 9).
 */
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { csvFile } from '../support/checkoutCsv';
import { renderApp } from '../support/renderApp';

const loads = vi.hoisted(() => ({ reviewPage: 0 }));
vi.mock('../../../src/features/review/ReviewPage', async (importOriginal) => {
  loads.reviewPage += 1;
  return importOriginal();
});

describe('the import preview', () => {
  it('loads the review page while it is shown, before Import is pressed', async () => {
    const { user } = await renderApp();
    expect(loads.reviewPage).toBe(0);
    await user.upload(screen.getByLabelText('Import timeline'), csvFile());
    await screen.findByRole('dialog', { name: 'Import preview' });
    await vi.waitFor(() => expect(loads.reviewPage).toBe(1));
    expect(screen.getByRole('dialog', { name: 'Import preview' })).toBeInTheDocument();
  });
});
