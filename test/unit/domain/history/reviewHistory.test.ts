import { describe, expect, it } from 'vitest';
import type { GapSummary } from '../../../../src/domain/gaps/types';
import { followUpActions } from '../../../../src/domain/history/followUpActions';
import { alertDate, reviewHistory } from '../../../../src/domain/history/reviewHistory';
import type { PlanAction, Severity } from '../../../../src/domain/model';
import type { ReviewListItem } from '../../../../src/domain/reviewGateway';

const SUMMARY: GapSummary = {
  timeToFirstUpdate: 12,
  updateCount: 4,
  longestGap: 75.5,
  gapsOverTarget: 1,
  minutesOverTarget: 45.5,
  coverage: 0.5,
  resolutionNoticeDelay: null,
};

function item(
  id: string,
  spec: {
    alert: string | null;
    zone?: string;
    severity?: Severity | null;
    createdAt?: number;
    summary?: GapSummary | null;
    pending?: readonly PlanAction[];
  },
): ReviewListItem {
  const alert = spec.alert === null ? null : Date.parse(spec.alert);
  const createdAt = spec.createdAt ?? 0;
  return {
    review: { id, title: id, status: 'ready', createdAt, updatedAt: createdAt, createdBy: null },
    incidentTitle: `Incident ${id}`,
    alert,
    timeZone: spec.zone ?? 'UTC',
    severity: spec.severity ?? null,
    longestGap: spec.summary === null ? null : SUMMARY.longestGap,
    summary: spec.summary === undefined ? (alert === null ? null : SUMMARY) : spec.summary,
    pendingActions: spec.pending ?? [],
  };
}

function action(id: string, reviewId: string): PlanAction {
  return {
    id,
    reviewId,
    rootCauseId: null,
    text: `Action ${id}`,
    owner: 'Ana',
    deadline: '2026-12-24',
    status: 'open',
    createdAt: 1,
    updatedAt: 1,
  };
}

describe('reviewHistory', () => {
  it('lists analysable reviews oldest incident first and counts the others', () => {
    const items = [
      item('b', { alert: '2026-05-01T10:00:00Z' }),
      item('none', { alert: null }),
      item('a', { alert: '2026-01-01T10:00:00Z' }),
      item('c', { alert: '2026-09-01T10:00:00Z', summary: { ...SUMMARY, longestGap: 20 } }),
    ];
    const history = reviewHistory(items);
    expect(history.rows.map((r) => r.reviewId)).toEqual(['a', 'b', 'c']);
    expect(history.notAnalysable).toBe(1);
    expect(history.rows[2]?.summary.longestGap).toBe(20);
    expect(history.rows[0]).toMatchObject({ title: 'Incident a', timeZone: 'UTC', severity: null });
  });

  it('filters by severity', () => {
    const items = [
      item('a', { alert: '2026-01-01T10:00:00Z', severity: 'serious' }),
      item('b', { alert: '2026-02-01T10:00:00Z', severity: 'minimal' }),
      item('c', { alert: '2026-03-01T10:00:00Z', severity: null }),
    ];
    const rows = reviewHistory(items, { severity: 'serious', from: null, to: null }).rows;
    expect(rows.map((r) => r.reviewId)).toEqual(['a']);
  });

  it('filters by the alert date in each incident’s own zone, both ends included', () => {
    // 02:00 UTC on 1 March is still 28 February in São Paulo (UTC−3).
    const items = [
      item('sp', { alert: '2026-03-01T02:00:00Z', zone: 'America/Sao_Paulo' }),
      item('utc', { alert: '2026-03-01T02:00:00Z' }),
      item('late', { alert: '2026-03-31T23:59:00Z' }),
      item('april', { alert: '2026-04-01T00:00:00Z' }),
    ];
    expect(alertDate(Date.parse('2026-03-01T02:00:00Z'), 'America/Sao_Paulo')).toBe('2026-02-28');
    const march = reviewHistory(items, { severity: 'all', from: '2026-03-01', to: '2026-03-31' });
    expect(march.rows.map((r) => r.reviewId)).toEqual(['utc', 'late']);
    const fromApril = reviewHistory(items, { severity: 'all', from: '2026-04-01', to: null });
    expect(fromApril.rows.map((r) => r.reviewId)).toEqual(['april']);
    const untilFeb = reviewHistory(items, { severity: 'all', from: null, to: '2026-02-28' });
    expect(untilFeb.rows.map((r) => r.reviewId)).toEqual(['sp']);
  });
});

describe('followUpActions', () => {
  it('lists the unfinished actions of reviews created before this one, newest first', () => {
    const items = [
      item('old', { alert: null, createdAt: 10, pending: [action('o1', 'old')] }),
      item('mid', {
        alert: null,
        createdAt: 20,
        pending: [action('m1', 'mid'), action('m2', 'mid')],
      }),
      item('none', { alert: null, createdAt: 25 }),
      item('now', { alert: null, createdAt: 30, pending: [action('n1', 'now')] }),
      item('later', { alert: null, createdAt: 40, pending: [action('l1', 'later')] }),
    ];
    const groups = followUpActions(items, { id: 'now', createdAt: 30 });
    expect(groups.map((g) => g.reviewId)).toEqual(['mid', 'old']);
    expect(groups[0]?.actions.map((a) => a.id)).toEqual(['m1', 'm2']);
    expect(groups[0]?.title).toBe('Incident mid');
  });

  it('is empty for the first review', () => {
    expect(
      followUpActions([item('first', { alert: null, createdAt: 1 })], {
        id: 'first',
        createdAt: 1,
      }),
    ).toEqual([]);
  });
});
