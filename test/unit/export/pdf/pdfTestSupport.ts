/**
 * Helpers of the PDF tests: a realistic review (the demo incident after a whole workshop:
 * people, notes, two root causes with why-chains and votes, a plan), the shipped fonts read
 * from public/, the renderer called as the CLI will call it, and the PDF's text as
 * `pdftotext` (poppler) reads it, page by page.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeDemoReview } from '../../../../src/domain/demo/makeDemoReview';
import type { ReviewData } from '../../../../src/domain/model';
import { buildReportModel } from '../../../../src/domain/report/buildReportModel';
import type { ReportLanguage, ReportModel } from '../../../../src/domain/report/reportModel';
import { RECOMMENDATIONS } from '../../../../src/domain/workshop/recommendations';
import {
  PDF_FONT_FILES,
  renderReportPdf,
  type ReportPdf,
  type ReportPdfOptions,
} from '../../../../src/export/pdf/renderReportPdf';
import { LOCALES } from '../../../../src/i18n/dictionaries';
import { makeTranslate } from '../../../../src/i18n/makeTranslate';
import {
  makeAction,
  makeNote,
  makeParticipant,
  makeRootCause,
  makeSession,
  makeVote,
} from '../../../factories/makeRecords';

export const GENERATED_AT = Date.parse('2026-10-14T12:30:00Z');

export const PEOPLE = ['Ana Souza', 'Łukasz Nowak', 'Ğül Yılmaz', 'Дмитрий Орлов'] as const;

const recommendation = RECOMMENDATIONS.find((r) => r.id === 'communication-roles');

/** The plan of the workshop: two actions tied to root causes, one untied, one unowned. */
export const ACTIONS = [
  {
    text: 'Add a communications lead role to the incident runbook',
    owner: 'Ana Souza',
    deadline: '2027-01-15',
  },
  { text: recommendation?.draft.en ?? '', owner: 'Łukasz Nowak', deadline: '2027-02-01' },
  {
    text: 'Write a holding-update template for Ωmega payments',
    owner: 'Ğül Yılmaz',
    deadline: '2027-02-20',
  },
  { text: 'Review the paging policy with Дмитрий', owner: 'Дмитрий Орлов', deadline: '2027-03-05' },
] as const;

/** The demo incident after a whole workshop session. */
export function workshopReview(
  overrides: Partial<Pick<ReviewData, 'session' | 'actions'>> = {},
): ReviewData {
  let n = 0;
  const demo = makeDemoReview(() => `demo-${++n}`, GENERATED_AT);
  const reviewId = demo.review.id;
  const alert = demo.incident.alert ?? 0;
  const people = PEOPLE.map((name, i) =>
    makeParticipant({ reviewId, name, role: i === 0 ? 'Support' : null }),
  );
  const confusion = makeNote({
    reviewId,
    category: 'confusion',
    text: 'Customers could not tell whether their card had been charged.',
    author: 'Ana Souza',
    at: alert + 50 * 60_000,
  });
  const gap = makeNote({
    reviewId,
    category: 'gap',
    text: 'Seventy minutes without a word on the status page.',
    author: 'Łukasz Nowak',
    at: alert + 90 * 60_000,
  });
  const idea = makeNote({
    reviewId,
    category: 'idea',
    text: 'Support learnt of it from a customer tweet.',
    author: 'Дмитрий Орлов',
    at: alert + 20 * 60_000,
  });
  const rc1 = makeRootCause({
    reviewId,
    whys: ['Nobody owned the status page during the incident', 'No comms role in the runbook'],
    noteIds: [confusion.id],
    selected: true,
  });
  const rc2 = makeRootCause({
    reviewId,
    whys: [
      'Updates waited for a full diagnosis',
      'We believed an update needs a cause',
      'No template for a holding update',
    ],
    noteIds: [gap.id],
    selected: true,
  });
  const votes = [
    [rc1, people[0]],
    [rc1, people[1]],
    [rc2, people[2]],
    [rc2, people[3]],
    [rc2, people[0]],
  ].map(([rc, p]) => makeVote({ reviewId, rootCauseId: rc?.id ?? '', participantId: p?.id ?? '' }));
  const causes = [rc1, rc1, rc2, null];
  const actions = ACTIONS.map((a, i) =>
    makeAction({
      reviewId,
      rootCauseId: causes[i]?.id ?? null,
      ...a,
      status: i === 0 ? 'in-progress' : 'open',
      createdAt: GENERATED_AT + i,
    }),
  );
  return {
    ...demo,
    session: makeSession({
      reviewId,
      facilitator: 'Carla Ruiz',
      votesRevealed: true,
      step: 'plan',
    }),
    participants: people,
    notes: [confusion, gap, idea],
    rootCauses: [rc1, rc2],
    votes,
    actions,
    ...overrides,
  };
}

export function reportOf(data: ReviewData, language: ReportLanguage = 'en'): ReportModel {
  return buildReportModel(data, { language, generatedAt: GENERATED_AT });
}

const fontBytes = (path: string): Uint8Array => new Uint8Array(readFileSync(join('public', path)));
export const FONTS = {
  regular: fontBytes(PDF_FONT_FILES.regular),
  bold: fontBytes(PDF_FONT_FILES.bold),
};

/** Renders as the CLI will: fonts from disk, words from the model's language. */
export function renderPdf(
  model: ReportModel,
  options: Partial<Omit<ReportPdfOptions, 't' | 'locale' | 'fonts'>> = {},
): Promise<ReportPdf> {
  return renderReportPdf(model, {
    pageSize: options.pageSize ?? 'a4',
    timelineJpeg: options.timelineJpeg ?? null,
    fonts: FONTS,
    t: makeTranslate(model.language),
    locale: LOCALES[model.language],
  });
}

/** The text of each page, as poppler's `pdftotext` extracts it (reading order, UTF-8). */
export function pdfPages(bytes: Uint8Array, layout = false): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'gapline-pdf-'));
  try {
    const file = join(dir, 'report.pdf');
    writeFileSync(file, bytes);
    const args = [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', file, '-'];
    const text = execFileSync('pdftotext', args, { encoding: 'utf8', maxBuffer: 64 << 20 });
    return text.split('\f').slice(0, -1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** All pages' text with runs of white space as one space (table cells wrap). */
export const pdfText = (bytes: Uint8Array): string =>
  pdfPages(bytes).join('\n').replace(/\s+/g, ' ');
