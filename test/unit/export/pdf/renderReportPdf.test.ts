// @vitest-environment node
// The PDF action plan (issue "Take the plan away"), rendered in Node as the CLI will and read
// back with poppler's pdftotext: what a team lead forwarding it must find in it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeCommunication } from '../../../factories/makeRecords';
import { TIMELINE_JPEG } from './timelineJpegFixture';
import {
  ACTIONS,
  PEOPLE,
  pdfPages,
  pdfText,
  renderPdf,
  reportOf,
  workshopReview,
} from './pdfTestSupport';

/** Page sizes in points, as `pdfinfo` reports them. */
function pageSizes(bytes: Uint8Array): { width: number; height: number }[] {
  const dir = mkdtempSync(join(tmpdir(), 'gapline-pdfinfo-'));
  try {
    const file = join(dir, 'report.pdf');
    writeFileSync(file, bytes);
    const info = execFileSync('pdfinfo', ['-f', '1', '-l', '99', file], { encoding: 'utf8' });
    return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({
      width: Number(m[1]),
      height: Number(m[2]),
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the PDF action plan', () => {
  it('has the incident, the people, the figures and every action with owner and deadline on page 1', async () => {
    const pdf = await renderPdf(reportOf(workshopReview()));
    const [first = ''] = pdfPages(pdf.bytes).map((p) => p.replace(/\s+/g, ' '));
    expect(first).toContain('Card payments failing at checkout');
    expect(first).toContain('Severity Serious');
    expect(first).toContain('Facilitator Carla Ruiz');
    for (const name of PEOPLE) expect(first).toContain(name);
    // The Summary's four figures (70-minute longest gap; 2 gaps and 55 minutes over target).
    expect(first).toMatch(/Time to first update .*29 min/);
    expect(first).toContain('⚠ 70 min');
    expect(first).toContain('⚠ 55 min');
    expect(first).toMatch(/Gaps over target.*⚠ ?2/);
    expect(first).toContain('Action plan');
    const deadlines = ['Jan 15, 2027', 'Feb 1, 2027', 'Feb 20, 2027', 'Mar 5, 2027'];
    ACTIONS.forEach((a, i) => {
      expect(first).toContain(a.text);
      expect(first).toContain(a.owner);
      expect(first).toContain(deadlines[i]);
    });
    expect(first).toContain('In progress');
    expect(first).toContain('↳ Root cause: No comms role in the runbook');
  });

  it('writes Łukasz, Ğül, Ωmega and Дмитрий as those letters, with nothing replaced', async () => {
    const pdf = await renderPdf(reportOf(workshopReview()));
    const text = pdfText(pdf.bytes);
    for (const word of ['Łukasz Nowak', 'Ğül Yılmaz', 'Ωmega payments', 'Дмитрий Орлов'])
      expect(text).toContain(word);
    expect(pdf.replacedCharacters).toEqual([]);
  });

  it('marks the longest gap and the gaps over target in words, and lists root causes, notes, recommendations and communications', async () => {
    const text = pdfText((await renderPdf(reportOf(workshopReview()))).bytes);
    expect(text).toMatch(/Update 5 · 14:35 Update 6 · 15:45 70 ⚠ Gap ★ longest/);
    expect(text).toMatch(/Update 6 · 15:45 Update 7 · 16:30 45 ⚠ Gap/);
    expect(text).toContain('From (UTC−03:00)');
    expect(text).toMatch(
      /1\. Updates waited for a full diagnosis 2\. We believed an update needs a cause 3\. No template for a holding update/,
    );
    expect(text).toContain(
      '• Gap: Seventy minutes without a word on the status page. (Łukasz Nowak',
    );
    expect(text).toMatch(/3 ✓ in the plan/);
    expect(text).toContain('Idea Support learnt of it from a customer tweet. Дмитрий Орлов');
    expect(text).toContain(
      'nobody owned telling customers define communication roles so everyone knows their job next time',
    );
    expect(text).toMatch(/Communications Time \(UTC ?−03:00\) Channel Author Type Message/);
    expect(text).toContain('Status page Juliana Alves');
  });

  it('lists the message checks the team kept, leaves the dismissed one out and counts it', async () => {
    const kept = pdfText((await renderPdf(reportOf(workshopReview()))).bytes);
    expect(kept).toMatch(
      /Message checks the team kept Message \(UTC−03:00\) Hint What was found Try/,
    );
    expect(kept).toContain(
      '13:41 Status page Cliché apology "We apologize for any inconvenience" Apologise for the actual harm',
    );
    expect(kept).toMatch(/14:20 Status page Internal jargon Internal terms "failover"/);
    expect(kept).not.toContain('dismissed by the team');

    const review = workshopReview();
    const dismissed = pdfText(
      (
        await renderPdf(
          reportOf({
            ...review,
            dismissals: [
              {
                id: 'd-1',
                reviewId: review.review.id,
                rule: 'non-apology',
                communicationId: 'demo-8',
                updatedAt: 0,
              },
            ],
          }),
        )
      ).bytes,
    );
    expect(dismissed).not.toContain('Cliché apology "We apologize for any inconvenience"');
    expect(dismissed).toContain('13:41 Status page No next-update time');
    expect(dismissed).toContain('1 hint was dismissed by the team and is not listed.');
  });

  it('numbers the pages and says when and in which zone it was made', async () => {
    const pdf = await renderPdf(reportOf(workshopReview()));
    const pages = pdfPages(pdf.bytes);
    expect(pages).toHaveLength(pdf.pages);
    pages.forEach((page, i) => {
      expect(page).toContain(`Page ${i + 1} of ${pdf.pages}`);
      expect(page).toContain('Generated on Oct 14, 2026, 09:30 UTC−03:00 (America/Sao_Paulo)');
    });
  });

  it('is in Spanish when the review is exported in Spanish', async () => {
    const pdf = await renderPdf(reportOf(workshopReview(), 'es'));
    const text = pdfText(pdf.bytes);
    for (const words of [
      'REVISIÓN DE LA COMUNICACIÓN DE UN INCIDENTE',
      'Resumen',
      'Hueco más largo',
      'Plan de acción',
      'Responsable',
      'Fecha límite',
      'En curso',
      '15 ene 2027',
      'Huecos en la comunicación',
      'Problemas y causas raíz',
      'Comunicaciones',
      `Página 1 de ${pdf.pages}`,
      'Generado el 14 oct 2026',
      'nadie se encargaba de informar a los clientes',
    ])
      expect(text).toContain(words);
    expect(text).not.toContain('Action plan');
  });

  it('does not list the participants in anonymous mode, and says so', async () => {
    const base = workshopReview();
    const session = base.session === null ? null : { ...base.session, anonymous: true };
    const text = pdfText((await renderPdf(reportOf(workshopReview({ session })))).bytes);
    expect(text).toContain('Participants Not listed: the session was held in anonymous mode.');
    expect(text).not.toContain('Ğül Yılmaz (');
    expect(text).toContain('(anonymous,');
  });

  it('replaces a character the font lacks visibly, keeps the rest of the text and reports it', async () => {
    const base = workshopReview();
    const [first, ...rest] = base.communications;
    const communications = [
      makeCommunication({
        ...first,
        text: 'Payments in 中国 fail 😀 since 13:05; next update at 14:00.',
      }),
      ...rest,
    ];
    const pdf = await renderPdf(reportOf({ ...base, communications }));
    expect(pdf.replacedCharacters).toEqual(['中', '国', '😀']);
    expect(pdfText(pdf.bytes)).toContain(
      'Payments in □□ fail □ since 13:05; next update at 14:00.',
    );
  });

  it('says there is no timeline image without one, and draws it on a landscape page with one', async () => {
    const model = reportOf(workshopReview());
    const without = await renderPdf(model, { pageSize: 'a4' });
    expect(pdfText(without.bytes)).toContain('No timeline image: this copy was made without');
    expect(pageSizes(without.bytes).every((s) => s.height > s.width)).toBe(true);

    const withImage = await renderPdf(model, { pageSize: 'a4', timelineJpeg: TIMELINE_JPEG });
    const sizes = pageSizes(withImage.bytes);
    expect(sizes[1]).toEqual({ width: 841.89, height: 595.28 });
    expect(sizes.filter((s) => s.width > s.height)).toHaveLength(1);
    const timelinePage = pdfPages(withImage.bytes)[1] ?? '';
    expect(timelinePage).toContain('Timeline');
    expect(timelinePage).toContain('The whole incident, from the alert to the resolution');
    expect(pdfText(withImage.bytes)).not.toContain('No timeline image');
    expect(Buffer.from(withImage.bytes).toString('latin1')).toContain('/Subtype /Image');
  });

  it('prints on A4 or US Letter', async () => {
    const model = reportOf(workshopReview());
    const a4 = pageSizes((await renderPdf(model, { pageSize: 'a4' })).bytes);
    const letter = pageSizes((await renderPdf(model, { pageSize: 'letter' })).bytes);
    expect(a4[0]).toEqual({ width: 595.28, height: 841.89 });
    expect(letter[0]).toEqual({ width: 612, height: 792 });
  });

  it('says so when there is no plan, and when the figures cannot be computed', async () => {
    const base = workshopReview({ actions: [] });
    const noAlert = { ...base, incident: { ...base.incident, alert: null } };
    const text = pdfText((await renderPdf(reportOf(noAlert))).bytes);
    expect(text).toContain('No actions were agreed in this review.');
    expect(text).toContain('No figures: the incident has no alert time.');
    expect(text).toContain('Alert —');
  });
});
