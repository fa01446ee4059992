import { describe, expect, it } from 'vitest';
import { makeDemoReview } from '../../../../src/domain/demo/makeDemoReview';
import { analyzeGaps } from '../../../../src/domain/gaps/analyzeGaps';

function counter(): () => string {
  let n = 0;
  return () => `id-${++n}`;
}

describe('makeDemoReview', () => {
  const now = Date.parse('2026-11-23T10:00:00Z');
  const demo = makeDemoReview(counter(), now);

  it('is a serious 3.5-hour incident in America/Sao_Paulo', () => {
    const { incident } = demo;
    expect(incident.severity).toBe('serious');
    expect(incident.timeZone).toBe('America/Sao_Paulo');
    expect(incident.alert).toBe(Date.parse('2026-10-13T16:12:00Z'));
    expect(((incident.resolution ?? 0) - (incident.alert ?? 0)) / 60_000).toBe(206);
  });

  it('has the channels of a real incident, every record tied to the review', () => {
    const names = demo.channels.map((c) => c.name);
    expect(names).toEqual([
      'Incident chat',
      'Status page',
      'Twitter/X',
      'Support desk macro',
      'Email',
    ]);
    const byChannel = (name: string) => {
      const id = demo.channels.find((c) => c.name === name)?.id;
      return demo.communications.filter((c) => c.channelId === id);
    };
    expect(byChannel('Status page').length).toBeGreaterThanOrEqual(4);
    expect(byChannel('Email')).toHaveLength(2);
    expect(byChannel('Twitter/X')).toHaveLength(2);
    expect(byChannel('Support desk macro')).toHaveLength(1);
    expect(byChannel('Incident chat').every((c) => c.kind === 'internal')).toBe(true);
    expect(demo.communications.some((c) => c.kind === 'follow-up')).toBe(true);
    const ids = new Set([demo.review.id]);
    expect(demo.communications.every((c) => ids.has(c.reviewId))).toBe(true);
    expect(demo.phases.map((p) => p.kind)).toEqual([
      'investigation',
      'escalation',
      'decision',
      'change',
    ]);
  });

  it('has a 70-minute and a 45-minute gap over the 30-minute target', () => {
    const analysis = analyzeGaps(demo);
    expect(analysis.ok).toBe(true);
    if (!analysis.ok) return;
    expect(analysis.gaps.map((g) => g.minutes)).toEqual([29, 7, 14, 18, 15, 70, 45, 14]);
    expect(analysis.gaps.map((g) => g.status)).toEqual([
      'late',
      'ok',
      'ok',
      'ok',
      'ok',
      'gap',
      'gap',
      'ok',
    ]);
    expect(analysis.summary.longestGap).toBe(70);
    expect(analysis.summary.gapsOverTarget).toBe(2);
    expect(analysis.summary.minutesOverTarget).toBe(55);
    expect(analysis.summary.resolutionNoticeDelay).toBe(6);
    expect(analysis.warnings).toEqual([]);
  });

  it('is pure: the same ids and clock give the same review', () => {
    expect(makeDemoReview(counter(), now)).toEqual(demo);
  });
});
