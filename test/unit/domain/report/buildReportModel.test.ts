import { describe, expect, it } from 'vitest';
import type { PlanAction, ReviewData } from '../../../../src/domain/model';
import { buildReportModel } from '../../../../src/domain/report/buildReportModel';
import { RECOMMENDATIONS } from '../../../../src/domain/workshop/recommendations';
import { T0, at } from '../../../factories/makeRecords';
import { SMALL_REVIEW_LONGEST_GAP, makeReviewData } from '../../persistence/makeReviewData';

const OPTIONS = { language: 'en' as const, generatedAt: at(1_000) };

function action(data: ReviewData, id: string, patch: Partial<PlanAction>): PlanAction {
  return {
    id,
    reviewId: data.review.id,
    rootCauseId: null,
    text: `Action ${id}`,
    owner: '',
    deadline: null,
    status: 'open',
    createdAt: T0,
    updatedAt: T0,
    ...patch,
  };
}

describe('buildReportModel', () => {
  it('holds the incident, figures, gaps, people, root causes and plan of a review', () => {
    const data = makeReviewData();
    const model = buildReportModel(data, OPTIONS);
    expect(model.language).toBe('en');
    expect(model.timeZone).toBe(data.incident.timeZone);
    expect(model.generatedAt).toBe(at(1_000));
    expect(model.incident).toMatchObject({
      title: data.incident.title,
      alert: data.incident.alert,
      resolution: at(75),
      open: false,
      severity: data.incident.severity,
    });
    expect(model.incident.durationMinutes).toBe((at(75) - (data.incident.alert ?? 0)) / 60_000);
    expect(model.summary?.longestGap).toBe(SMALL_REVIEW_LONGEST_GAP);
    expect(model.analysisError).toBeNull();
    expect(model.gaps.length).toBeGreaterThan(0);
    expect(model.participants).toEqual([{ name: 'Marta', role: data.participants[0]?.role }]);
    expect(model.communications.map((c) => c.channel)).toEqual([
      'Status page',
      'Email',
      'Status page',
    ]);
    expect(model.rootCauses).toEqual([
      {
        id: data.rootCauses[0]?.id,
        whys: ['No update for an hour', 'Engineering sent us nothing in that hour'],
        problems: [expect.objectContaining({ text: 'Long silence.' })],
        votes: 1,
        selected: data.rootCauses[0]?.selected,
      },
    ]);
    expect(model.actions).toEqual([
      {
        id: data.actions[0]?.id,
        text: 'Write status page templates for payment incidents',
        owner: 'Marta',
        deadline: '2024-04-01',
        status: 'open',
        rootCause: 'Engineering sent us nothing in that hour',
      },
    ]);
    expect(model.preparation).not.toBeNull();
  });

  it('hides participants and note authors in anonymous mode', () => {
    const base = makeReviewData();
    const session = base.session;
    if (session === null) throw new Error('the small review has a session');
    const data: ReviewData = {
      ...base,
      session: { ...session, anonymous: true },
      notes: base.notes.map((n) => ({ ...n, author: 'Luis' })),
    };
    const model = buildReportModel(data, OPTIONS);
    expect(model.anonymous).toBe(true);
    expect(model.participants).toEqual([]);
    expect(model.notes.every((n) => n.author === null)).toBe(true);
    expect(model.rootCauses[0]?.problems[0]?.author).toBeNull();
    const named = buildReportModel({ ...data, session: { ...session, anonymous: false } }, OPTIONS);
    expect(named.notes[0]?.author).toBe('Luis');
  });

  it('orders the plan by root cause rank then creation, untied actions last', () => {
    const base = makeReviewData();
    const causeId = base.rootCauses[0]?.id ?? null;
    const data: ReviewData = {
      ...base,
      actions: [
        action(base, 'untied', { createdAt: at(1) }),
        action(base, 'second', { rootCauseId: causeId, createdAt: at(3) }),
        action(base, 'first', { rootCauseId: causeId, createdAt: at(2) }),
      ],
    };
    const model = buildReportModel(data, OPTIONS);
    expect(model.actions.map((a) => a.id)).toEqual(['first', 'second', 'untied']);
    expect(model.actions[2]?.rootCause).toBeNull();
  });

  it('names the recommendations the plan was drafted from, in either language', () => {
    const base = makeReviewData();
    const [first, second] = RECOMMENDATIONS;
    if (first === undefined || second === undefined) throw new Error('recommendations');
    const data: ReviewData = {
      ...base,
      actions: [
        action(base, 'en', { text: `${first.draft.en} for payments` }),
        action(base, 'es', { text: `  ${second.draft.es.toUpperCase()} ` }),
        action(base, 'own', { text: 'Buy a pager' }),
      ],
    };
    expect(buildReportModel(data, OPTIONS).recommendations).toEqual([first.id, second.id]);
  });

  it('reports an incident it cannot analyse with its error and no gaps', () => {
    const base = makeReviewData();
    const model = buildReportModel(
      { ...base, incident: { ...base.incident, alert: null } },
      { ...OPTIONS, timeZone: 'Europe/Madrid' },
    );
    expect(model.summary).toBeNull();
    expect(model.gaps).toEqual([]);
    expect(model.analysisError?.code).toBe('missing-alert');
    expect(model.incident.durationMinutes).toBeNull();
    expect(model.timeZone).toBe('Europe/Madrid');
  });
});
