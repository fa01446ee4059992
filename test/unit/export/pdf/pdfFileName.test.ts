import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../../../src/export/exportFileName';
import { reportOf, workshopReview } from './pdfTestSupport';

const pdfName = (data = workshopReview()) => exportFileName(reportOf(data), 'pdf');

describe('the PDF file name', () => {
  it('is comms-review-<incident slug>-<incident date in the report zone>.pdf', () => {
    // The demo's alert is 13 Oct 2026, 13:12 in São Paulo.
    expect(pdfName()).toBe('comms-review-card-payments-failing-at-checkout-2026-10-13.pdf');
    const base = workshopReview();
    const lateAlert = Date.parse('2026-10-13T23:30:00-03:00'); // 02:30 UTC on the 14th
    expect(pdfName({ ...base, incident: { ...base.incident, alert: lateAlert } })).toMatch(
      /-2026-10-13\.pdf$/,
    );
    // Without an alert: the first communication's day; without any time, the report's day
    // (14 Oct 2026, 12:30 UTC).
    const noAlert = { ...base, incident: { ...base.incident, alert: null } };
    expect(pdfName(noAlert)).toMatch(/-2026-10-13\.pdf$/);
    expect(pdfName({ ...noAlert, communications: [] })).toMatch(/-2026-10-14\.pdf$/);
  });

  it('is safe ASCII whatever the title', () => {
    const base = workshopReview();
    const named = (title: string) => pdfName({ ...base, incident: { ...base.incident, title } });
    expect(named('Caída de pagos: ¡Tarjetas rechazadas!')).toBe(
      'comms-review-caida-de-pagos-tarjetas-rechazadas-2026-10-13.pdf',
    );
    expect(named('../../etc/passwd\u0000 <script>')).toBe(
      'comms-review-etc-passwd-script-2026-10-13.pdf',
    );
    expect(named('Дмитрий 中文 😀')).toBe('comms-review-incident-2026-10-13.pdf');
    for (const title of ['Ωmega / Łódź \\ "x"', 'a'.repeat(500), ' \t\n'])
      expect(named(title)).toMatch(/^comms-review-[a-z0-9-]{1,60}-\d{4}-\d{2}-\d{2}\.pdf$/);
  });
});
