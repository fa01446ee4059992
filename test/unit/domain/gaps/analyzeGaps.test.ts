// One test per rule of ../shared/spec/gaps.md, named after it.
import { describe, expect, it } from 'vitest';
import { analyzeChannels } from '../../../../src/domain/gaps/analyzeChannels';
import { analyzeGaps, type GapInput } from '../../../../src/domain/gaps/analyzeGaps';
import { gapEndLabel } from '../../../../src/domain/gaps/gapEndLabel';
import type { GapAnalysis } from '../../../../src/domain/gaps/types';
import type { Communication, Incident } from '../../../../src/domain/model';
import {
  T0,
  at,
  makeChannel,
  makeCommunication,
  makeIncident,
} from '../../../factories/makeRecords';

const status = makeChannel({ id: 'ch-status', name: 'Status page' });
const email = makeChannel({ id: 'ch-email', name: 'Email' });
const channels = [status, email];

const upd = (m: number, o: Partial<Communication> = {}) =>
  makeCommunication({ instant: at(m), kind: 'update', ...o });
const res = (m: number, o: Partial<Communication> = {}) =>
  makeCommunication({ instant: at(m), kind: 'resolution', ...o });

function run(communications: Communication[], incident: Partial<Incident> = {}): GapAnalysis {
  const input: GapInput = { incident: makeIncident(incident), channels, communications };
  return analyzeGaps(input);
}

/** The per-channel figures ("reported beside the summary") of the same incident. */
function perChannel(communications: Communication[], incident: Partial<Incident> = {}) {
  const input: GapInput = { incident: makeIncident(incident), channels, communications };
  return analyzeChannels(input, ok(analyzeGaps(input)));
}

function ok(a: GapAnalysis): Extract<GapAnalysis, { ok: true }> {
  if (!a.ok) throw new Error(`expected an analysis, got ${a.error.code}`);
  return a;
}

const minutes = (a: GapAnalysis) => ok(a).gaps.map((g) => g.minutes);
const labels = (a: GapAnalysis) =>
  ok(a).gaps.map((g) => `${gapEndLabel(g.fromEnd)}→${gapEndLabel(g.toEnd)}`);

describe('gaps.md — The ordered gaps', () => {
  it('rule 1: only updates before the resolution update count, sorted by instant', () => {
    const a = run([
      upd(50),
      upd(10),
      res(80),
      upd(90),
      makeCommunication({ instant: at(30), kind: 'internal' }),
    ]);
    expect(minutes(a)).toEqual([10, 40, 30]);
    expect(labels(a)).toEqual([
      'Alert→Update 1',
      'Update 1→Update 2',
      'Update 2→Resolution update',
    ]);
    expect(ok(a).summary.updateCount).toBe(2);
  });

  it('rule 1: with no resolution update, updates before R count; with R unknown, all', () => {
    expect(minutes(run([upd(10), upd(70)], { resolution: at(60) }))).toEqual([10, 50]);
    const open = run([upd(10), upd(70)]);
    expect(minutes(open)).toEqual([10, 60, 0]);
  });

  it('rule 1: the very same instant on any channels is one update moment', () => {
    const a = run([
      upd(10, { channelId: 'ch-status' }),
      upd(10, { channelId: 'ch-email' }),
      res(40),
    ]);
    expect(minutes(a)).toEqual([10, 30]);
    expect(labels(a)).toEqual(['Alert→Update 1', 'Update 1→Resolution update']);
    expect(ok(a).summary.updateCount).toBe(1);
  });

  it('rule 1: instants that differ at all are separate moments, however close (no fuzz)', () => {
    const a = run([upd(10), makeCommunication({ instant: at(10) + 1, kind: 'update' }), res(40)]);
    expect(ok(a).summary.updateCount).toBe(2);
    expect(ok(a).gaps.at(1)?.minutes).toBeCloseTo(1 / 60_000, 12);
  });

  it('rule 1: ties keep import order (the updates a warning names, in order)', () => {
    const a = run([
      upd(-10, { id: 'second', order: 2 }),
      upd(-10, { id: 'first', order: 1 }),
      res(20),
    ]);
    expect(ok(a).warnings.map((w) => w.communicationIds)).toEqual([['first', 'second']]);
  });

  it('rule 2: the end is the resolution update', () => {
    const a = run([upd(10), res(45)], { resolution: at(40) });
    expect(ok(a).end).toEqual({ instant: at(45), kind: 'resolution-update' });
    expect(ok(a).warnings).toEqual([]);
  });

  it('rule 2: without a resolution update the end is R, flagged no-resolution-update', () => {
    const a = run([upd(10)], { resolution: at(40) });
    expect(ok(a).end).toEqual({ instant: at(40), kind: 'resolution' });
    expect(labels(a).at(-1)).toBe('Update 1→Resolution');
    expect(ok(a).warnings.map((w) => w.code)).toEqual(['no-resolution-update']);
  });

  it('rule 2: with R unknown too, the end is the last non-internal communication, flagged open', () => {
    const a = run([
      upd(10),
      makeCommunication({ instant: at(50), kind: 'follow-up' }),
      makeCommunication({ instant: at(90), kind: 'internal' }),
    ]);
    expect(ok(a).end).toEqual({ instant: at(50), kind: 'last-message' });
    expect(labels(a)).toEqual(['Alert→Update 1', 'Update 1→Last message']);
    expect(ok(a).warnings.map((w) => w.code)).toEqual(['open']);
  });

  it('rule 3: an update before A stays out of the gap list, unnumbered, with update-before-alert', () => {
    const early = upd(-30, { id: 'early' });
    const a = run([early, upd(15), res(40)]);
    expect(minutes(a)).toEqual([15, 25]);
    expect(labels(a)[0]).toBe('Alert→Update 1');
    expect(ok(a).summary.updateCount).toBe(1);
    expect(ok(a).warnings).toEqual([
      expect.objectContaining({ code: 'update-before-alert', communicationIds: ['early'] }),
    ]);
  });

  it('rule 3: a resolution update before A is an input error naming both times', () => {
    const a = run([res(-5)]);
    expect(a.ok).toBe(false);
    if (!a.ok) {
      expect(a.error.code).toBe('end-before-alert');
      expect(a.error.message).toContain(new Date(at(-5)).toISOString());
      expect(a.error.message).toContain(new Date(T0).toISOString());
    }
  });

  it('rule 3: R before A is an input error', () => {
    const a = run([upd(10), res(20)], { resolution: at(-1) });
    expect(a.ok ? null : a.error.code).toBe('end-before-alert');
  });

  it('rule 4: with no updates the list has one gap, A → end', () => {
    const a = run([res(95)]);
    expect(labels(a)).toEqual(['Alert→Resolution update']);
    expect(minutes(a)).toEqual([95]);
    expect(ok(a).summary.timeToFirstUpdate).toBeNull();
  });

  it('rule 5: status ok ≤ ideal < late ≤ max < gap, at the exact bounds', () => {
    const a = run([upd(20), upd(50), upd(80.001), res(80.001 + 20.5)]);
    expect(ok(a).gaps.map((g) => g.status)).toEqual(['ok', 'late', 'gap', 'late']);
    const custom = run([upd(10), res(25)], { target: { ideal: 10, max: 15 } });
    expect(ok(custom).gaps.map((g) => g.status)).toEqual(['ok', 'late']);
  });

  it('rule 5: minutes are exact, never rounded', () => {
    const a = run([makeCommunication({ instant: T0 + 61_500, kind: 'update' }), res(10)]);
    expect(minutes(a)[0]).toBe(61_500 / 60_000);
  });

  it('rule 6: the longest gaps are marked, ties all count', () => {
    const a = run([upd(40), upd(80), upd(90), res(130)]);
    expect(ok(a).gaps.map((g) => g.longest)).toEqual([true, true, false, true]);
  });
});

describe('gaps.md — Summary figures', () => {
  const a = ok(run([upd(10), upd(55), upd(70), res(150)], { resolution: at(140) }));

  it('timeToFirstUpdate is the first gap', () => expect(a.summary.timeToFirstUpdate).toBe(10));
  it('updateCount counts update moments', () => expect(a.summary.updateCount).toBe(3));
  it('longestGap is the largest gap', () => expect(a.summary.longestGap).toBe(80));
  it('gapsOverTarget counts status gap', () => expect(a.summary.gapsOverTarget).toBe(2));
  it('minutesOverTarget sums minutes − max over gaps ("dark time")', () =>
    expect(a.summary.minutesOverTarget).toBe(15 + 50));
  it('coverage is the share of A→end covered by gaps ≤ max', () =>
    expect(a.summary.coverage).toBeCloseTo((10 + 15) / 150, 12));
  it('coverage is 1 when A = end', () => {
    const same = ok(run([res(0)]));
    expect(same.summary.coverage).toBe(1);
    expect(same.gaps.at(0)?.minutes).toBe(0);
  });
  it('resolutionNoticeDelay is resolution update − R, may be negative, null without R', () => {
    expect(a.summary.resolutionNoticeDelay).toBe(10);
    expect(ok(run([res(30)], { resolution: at(40) })).summary.resolutionNoticeDelay).toBe(-10);
    expect(ok(run([res(30)])).summary.resolutionNoticeDelay).toBeNull();
  });
});

describe('gaps.md — Per channel', () => {
  it('each channel with a customer communication gets its own gaps from A to the overall end', () => {
    const a = perChannel([
      upd(10, { channelId: 'ch-status' }),
      upd(40, { channelId: 'ch-email' }),
      upd(50, { channelId: 'ch-status' }),
      res(90, { channelId: 'ch-status' }),
    ]);
    expect(a.map((c) => c.channel)).toEqual(['Status page', 'Email']);
    expect(a[0]?.gaps.map((g) => g.minutes)).toEqual([10, 40, 40]);
    expect(a[1]?.gaps.map((g) => g.minutes)).toEqual([40, 50]);
    expect(a[1]?.gaps.at(-1)?.toEnd).toEqual({ kind: 'resolution-update' });
  });

  it('a channel with only internal messages has no per-channel entry', () => {
    const a = perChannel([
      makeCommunication({ instant: at(5), kind: 'internal', channelId: 'ch-email' }),
      res(20),
    ]);
    expect(a.map((c) => c.channel)).toEqual(['Status page']);
  });
});

describe('gaps.md — Bad input', () => {
  it('an incident without an alert time cannot be analysed', () => {
    const a = run([res(10)], { alert: null });
    expect(a.ok ? null : a.error.code).toBe('missing-alert');
  });
});

describe('big incidents', () => {
  it('analyses 200,000 updates (no stack overflow), in or out of order, the same way', () => {
    const n = 200_000;
    const inOrder = Array.from({ length: n }, (_, i) =>
      upd(1 + i / 1_000, { id: `u${i}`, order: i, channelId: i % 2 === 0 ? status.id : email.id }),
    );
    inOrder.push(res(1 + n / 1_000 + 5, { id: 'r', order: n }));
    const a = ok(run(inOrder, { resolution: null }));
    expect(a.gaps).toHaveLength(n + 1);
    expect(a.summary.updateCount).toBe(n);
    expect(
      a.gaps
        .toArray()
        .filter((g) => g.longest)
        .map((g) => gapEndLabel(g.toEnd)),
    ).toEqual(['Resolution update']);
    const channelsOf = (list: Communication[]) => perChannel(list, { resolution: null });
    expect(channelsOf(inOrder).map((c) => c.summary.updateCount)).toEqual([n / 2, n / 2]);
    const shuffled = [...inOrder].reverse();
    expect(ok(run(shuffled, { resolution: null }))).toEqual(a);
    expect(channelsOf(shuffled)).toEqual(channelsOf(inOrder));
  });
});
