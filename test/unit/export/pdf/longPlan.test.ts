// @vitest-environment node
// A long plan and a long incident: the tables continue on the next pages under their
// repeated header, text wraps instead of running off the page, and every page is numbered.
import { describe, expect, it } from 'vitest';
import { makeAction, makeCommunication } from '../../../factories/makeRecords';
import { pdfPages, renderPdf, reportOf, workshopReview } from './pdfTestSupport';

const ACTION_COUNT = 70;
const LONG_WORDS =
  'write the holding-update template for payment incidents, review it with support, legal and the on-call engineers, and put it in the runbook';

function longReview() {
  const base = workshopReview();
  const channelId = base.channels[0]?.id ?? '';
  const alert = base.incident.alert ?? 0;
  return {
    ...base,
    actions: Array.from({ length: ACTION_COUNT }, (_, i) =>
      makeAction({
        reviewId: base.review.id,
        text: `Action ${i + 1}: ${LONG_WORDS}`,
        owner: `Owner ${i + 1}`,
        deadline: '2027-01-15',
        createdAt: i,
      }),
    ),
    communications: [
      ...base.communications,
      ...Array.from({ length: 120 }, (_, i) =>
        makeCommunication({
          reviewId: base.review.id,
          channelId,
          kind: 'internal',
          instant: alert + (i + 1) * 60_000,
          text: `Internal ${i + 1}: the gateway pool is still saturated; ${'retrying '.repeat(12)}next check in five minutes.`,
        }),
      ),
    ],
  };
}

describe('a long action plan', () => {
  it('continues its tables on the next pages under their header, with every page numbered', async () => {
    const pdf = await renderPdf(reportOf(longReview()));
    const pages = pdfPages(pdf.bytes).map((p) => p.replace(/\s+/g, ' '));
    expect(pdf.pages).toBeGreaterThanOrEqual(10);
    expect(pages).toHaveLength(pdf.pages);
    pages.forEach((page, i) => expect(page).toContain(`Page ${i + 1} of ${pdf.pages}`));

    // The plan starts on page 1 and runs on with its header repeated.
    const planPages = pages.filter((p) => p.includes('# Action Owner Deadline Status'));
    expect(planPages.length).toBeGreaterThanOrEqual(3);
    expect(planPages[0]).toBe(pages[0]);
    const all = pages.join(' ');
    for (let i = 1; i <= ACTION_COUNT; i += 1) {
      expect(all).toContain(`Action ${i}: write the holding-update template`);
      expect(all).toContain(`Owner ${i} Jan 15, 2027`);
    }
    // The last words of a wrapped action are there too: the text wraps, it is not cut.
    expect(all.match(/and put it in the runbook/g)).toHaveLength(ACTION_COUNT);

    // The communications table repeats its header on each page it runs onto.
    const commsPages = pages.filter((p) =>
      /Time \(UTC ?−03:00\) Channel Author Type Message/.test(p),
    );
    expect(commsPages.length).toBeGreaterThanOrEqual(3);
    expect(all).toContain('Internal 120: the gateway pool is still saturated;');
    // From page 2 on, each page is headed by the incident's title.
    for (const page of pages.slice(1)) expect(page).toContain('Card payments failing at checkout');
  });
});
