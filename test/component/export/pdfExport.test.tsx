/**
 * **Download PDF** on the review page (issue "Take the plan away"): the paper size beside
 * it, the PDF made at the click and downloaded under the incident's name, and what it says
 * afterwards — the pages, the characters its font could not draw, that the drawing could
 * not be captured (jsdom has no real canvas), or why it failed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeCommunication } from '../../factories/makeRecords';
import { pdfText, workshopReview } from '../../unit/export/pdf/pdfTestSupport';
import { captureDownloads, type CapturedDownload } from '../support/captureDownloads';
import { renderApp } from '../support/renderApp';

let capture: { downloads: CapturedDownload[]; restore: () => void };
let fontRequests: string[];

/**
 * The app's own files under public/, as `vite preview` serves them; `status` for a broken
 * install, `offline` for no answer at all.
 */
function serveFonts(status: number | 'offline' = 200): void {
  fontRequests = [];
  vi.stubGlobal('fetch', (url: string) => {
    fontRequests.push(url);
    if (status === 'offline') return Promise.reject(new TypeError('Failed to fetch'));
    if (status !== 200) return Promise.resolve(new Response('', { status }));
    return Promise.resolve(new Response(readFileSync(join('public', url.replace(/^\//, '')))));
  });
}

beforeEach(() => {
  capture = captureDownloads();
});
afterEach(() => {
  capture.restore();
  vi.unstubAllGlobals();
  window.location.hash = '';
});

async function openExports(data = workshopReview()) {
  const app = await renderApp({ reviews: [data], open: 0 });
  const section = await screen.findByRole(
    'region',
    { name: 'Take the plan away' },
    { timeout: 5000 },
  );
  return { ...app, section };
}

const pdfStatus = (section: HTMLElement) =>
  within(section)
    .getAllByRole('status')
    .map((s) => s.textContent ?? '')
    .find((s) => s.includes('PDF') || s.includes('.pdf')) ?? '';

describe('Download PDF', () => {
  it('downloads the plan as a PDF named after the incident, and lists what its font could not draw', async () => {
    serveFonts();
    const base = workshopReview();
    const [first, ...rest] = base.communications;
    const data = {
      ...base,
      communications: [makeCommunication({ ...first, text: 'Pagos caídos 中 😀' }), ...rest],
    };
    const { user, section } = await openExports(data);
    const paper = within(section).getByRole('combobox', { name: 'Paper size' });
    // jsdom's navigator speaks en-US: Letter.
    expect(paper).toHaveValue('letter');
    await user.selectOptions(paper, 'A4');
    await user.click(within(section).getByRole('button', { name: 'Download PDF' }));

    await waitFor(() => expect(capture.downloads).toHaveLength(1), { timeout: 20_000 });
    const [pdf] = capture.downloads;
    expect(pdf?.name).toBe('comms-review-card-payments-failing-at-checkout-2026-10-13.pdf');
    expect(pdf?.type).toBe('application/pdf');
    const bytes = (await pdf?.bytes()) ?? new Uint8Array();
    const text = pdfText(bytes);
    expect(text).toContain('Add a communications lead role to the incident runbook');
    expect(text).toContain('Pagos caídos □ □');
    expect(fontRequests).toEqual(['/fonts/DejaVuSans.ttf', '/fonts/DejaVuSans-Bold.ttf']);

    await waitFor(() =>
      expect(pdfStatus(section)).toMatch(/^Downloaded comms-review-.*\.pdf \(\d+ pages\)\./),
    );
    expect(pdfStatus(section)).toContain('they are shown as □ in the PDF: 中 😀');
    expect(pdfStatus(section)).toContain('The timeline drawing could not be captured');
    expect(within(section).queryByRole('alert')).toBeNull();
  }, 40_000);

  it('says why when the PDF cannot be made, and tries again on the next click', async () => {
    serveFonts(404);
    const { user, section } = await openExports();
    const button = within(section).getByRole('button', { name: 'Download PDF' });
    await user.click(button);
    const alert = await within(section).findByRole('alert');
    expect(alert).toHaveTextContent(
      'The PDF could not be made: its font could not be loaded (HTTP 404).',
    );
    expect(capture.downloads).toHaveLength(0);
    expect(button).toHaveAttribute('aria-disabled', 'false');

    serveFonts('offline');
    await user.click(button);
    await waitFor(() =>
      expect(within(section).getByRole('alert')).toHaveTextContent(
        'The PDF could not be made: its font could not be loaded: this browser seems to be offline',
      ),
    );

    serveFonts();
    await user.click(button);
    await waitFor(() => expect(capture.downloads).toHaveLength(1), { timeout: 20_000 });
    await waitFor(() => expect(within(section).queryByRole('alert')).toBeNull());
  }, 40_000);
});
