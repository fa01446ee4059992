/**
 * The review's text exports and backup (issue "Take the plan away"): each button makes its
 * file from the report model of the open review, named after the incident; Copy Markdown
 * says "Copied" or why it failed; the calendar says how many actions it leaves out.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseReviewDocument } from '../../../src/domain/schema/parseReviewDocument';
import { makeSmallReview } from '../../unit/export/text/makeSmallReview';
import { captureDownloads, type CapturedDownload } from '../support/captureDownloads';
import { renderApp } from '../support/renderApp';

let capture: { downloads: CapturedDownload[]; restore: () => void };
beforeEach(() => {
  capture = captureDownloads();
});
afterEach(() => {
  capture.restore();
  window.location.hash = '';
});

/** jsdom has no clipboard: this one answers as the test says. */
function stubClipboard(writeText: (text: string) => Promise<void>): void {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
}

/** The words of every status line of the section (the PDF export has its own). */
const statuses = (section: HTMLElement): string =>
  within(section)
    .getAllByRole('status')
    .map((s) => s.textContent ?? '')
    .join(' | ');

async function openExports(data = makeSmallReview()) {
  const app = await renderApp({ reviews: [data], open: 0 });
  const section = await screen.findByRole(
    'region',
    { name: 'Take the plan away' },
    { timeout: 5000 },
  );
  return { ...app, section };
}

describe('the text exports', () => {
  it('downloads the Markdown, the CSV and the calendar, named after the incident', async () => {
    const { user, section } = await openExports();
    await user.click(within(section).getByRole('button', { name: 'Download Markdown' }));
    await user.click(within(section).getByRole('button', { name: 'Download CSV' }));
    await user.click(within(section).getByRole('button', { name: 'Download calendar' }));
    expect(capture.downloads.map((d) => d.name)).toEqual([
      'comms-review-checkout-errors-2024-03-05.md',
      'comms-review-checkout-errors-2024-03-05.csv',
      'comms-review-checkout-errors-2024-03-05.ics',
    ]);
    const [md, csv, ics] = await Promise.all(capture.downloads.map((d) => d.text()));
    expect(md).toMatch(/^# Communication review: Checkout errors\n/);
    expect(md).toContain(
      '| Define communication roles so everyone knows their job next time | Marta |',
    );
    expect(csv?.split('\r\n')[0]).toBe('Action,Owner,Deadline,Status,Root cause');
    // The file starts with the UTF-8 byte-order mark, so Excel reads accents.
    const csvBytes = (await capture.downloads[1]?.bytes()) ?? new Uint8Array();
    expect([...csvBytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(ics).toContain('DTSTART;VALUE=DATE:20240401\r\n');
    expect(capture.downloads.map((d) => d.type)).toEqual([
      'text/markdown;charset=utf-8',
      'text/csv;charset=utf-8',
      'text/calendar;charset=utf-8',
    ]);
    expect(
      within(section).getByText('1 action has no deadline and is left out of the calendar.'),
    ).toBeVisible();
    expect(statuses(section)).toContain('Downloaded comms-review-checkout-errors-2024-03-05.ics.');
  });

  it('Copy Markdown: the report on the clipboard, and "Copied"', async () => {
    const writeText = vi.fn((_text: string) => Promise.resolve());
    const { user, section } = await openExports();
    // After user-event's setup, which puts in a clipboard of its own.
    stubClipboard(writeText);
    await user.click(within(section).getByRole('button', { name: 'Copy Markdown' }));
    await waitFor(() => expect(statuses(section)).toMatch(/(^| \| )Copied( \| |$)/));
    expect(writeText).toHaveBeenCalledTimes(1);
    expect(writeText.mock.calls[0]?.[0]).toMatch(/^# Communication review/);
  });

  it('Copy Markdown: says why it could not copy', async () => {
    const writeText = vi.fn((_text: string) =>
      Promise.reject(new Error('Write permission denied.')),
    );
    const { user, section } = await openExports();
    // After user-event's setup, which puts in a clipboard of its own.
    stubClipboard(writeText);
    await user.click(within(section).getByRole('button', { name: 'Copy Markdown' }));
    await waitFor(() =>
      expect(statuses(section)).toContain(
        'Copying failed (Write permission denied.). Use Download Markdown instead',
      ),
    );
  });

  it('no deadline at all: no calendar file, and it says why', async () => {
    const base = makeSmallReview();
    const { user, section } = await openExports({
      ...base,
      actions: base.actions.map((a) => ({ ...a, deadline: null })),
    });
    await user.click(within(section).getByRole('button', { name: 'Download calendar' }));
    expect(capture.downloads).toEqual([]);
    expect(statuses(section)).toContain(
      'No action has a deadline yet, so there is nothing to put in a calendar.',
    );
  });

  it('Back up this review: a Gapline file that reads back as the same review', async () => {
    const data = makeSmallReview();
    const { user, section } = await openExports(data);
    await user.click(within(section).getByRole('button', { name: 'Back up this review' }));
    const [file] = capture.downloads;
    expect(file?.name).toBe('comms-review-checkout-errors-2024-03-05.gapline.json');
    const parsed = parseReviewDocument((await file?.text()) ?? '');
    expect(parsed.ok && parsed.data.review.id).toBe(data.review.id);
    expect(parsed.ok && parsed.data.actions.map((a) => a.text)).toEqual(
      data.actions.map((a) => a.text),
    );
    expect(
      screen.getAllByRole('status').some((s) => s.textContent?.includes('.gapline.json')),
    ).toBe(true);
  });
});
