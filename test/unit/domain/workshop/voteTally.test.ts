// Dot voting on root causes (../shared/spec/workshop.md, step 5: "voting helps").
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Vote } from '../../../../src/domain/model';
import {
  canVote,
  tallyVotes,
  topRootCauses,
  votesLeft,
  type RootCauseTally,
} from '../../../../src/domain/workshop/voteTally';
import { at, makeParticipant, makeRootCause, makeVote } from '../../../factories/makeRecords';

const ana = makeParticipant({ id: 'ana', name: 'Ana' });
const bo = makeParticipant({ id: 'bo', name: 'Bo' });
const cy = makeParticipant({ id: 'cy', name: 'Cy' });
const people = [ana, bo, cy];
const c1 = makeRootCause({ id: 'c1', createdAt: at(1) });
const c2 = makeRootCause({ id: 'c2', createdAt: at(2) });
const c3 = makeRootCause({ id: 'c3', createdAt: at(3) });
const causes = [c1, c2, c3];

let seq = 0;
const vote = (participantId: string, rootCauseId: string, o: Partial<Vote> = {}) =>
  makeVote({
    id: `v${String(++seq).padStart(4, '0')}`,
    participantId,
    rootCauseId,
    updatedAt: at(seq),
    ...o,
  });
const counts = (t: readonly RootCauseTally[]) => t.map((e) => [e.rootCauseId, e.count]);

describe('workshop.md step 5 — dot voting', () => {
  it('counts per root cause, most votes first', () => {
    const votes = [vote('ana', 'c2'), vote('bo', 'c2'), vote('cy', 'c3')];
    expect(tallyVotes(causes, votes, people, 3)).toEqual([
      { rootCauseId: 'c2', count: 2, voters: 2 },
      { rootCauseId: 'c3', count: 1, voters: 1 },
      { rootCauseId: 'c1', count: 0, voters: 0 },
    ]);
  });

  it('ties keep creation order (createdAt, then the order given)', () => {
    const late = makeRootCause({ id: 'late', createdAt: at(9) });
    const early = makeRootCause({ id: 'early', createdAt: at(0) });
    const same = makeRootCause({ id: 'same', createdAt: at(9) });
    expect(counts(tallyVotes([late, same, early], [], people, 3))).toEqual([
      ['early', 0],
      ['late', 0],
      ['same', 0],
    ]);
  });

  it('dot voting: several dots on the same root cause are allowed and all count', () => {
    const votes = [vote('ana', 'c1'), vote('ana', 'c1'), vote('ana', 'c1')];
    expect(tallyVotes(causes, votes, people, 3)[0]).toEqual({
      rootCauseId: 'c1',
      count: 3,
      voters: 1,
    });
    expect(canVote('bo', 'c1', causes, votes, people, 3)).toBe(true);
    expect(canVote('ana', 'c2', causes, votes.slice(0, 2), people, 3)).toBe(true);
    expect(canVote('ana', 'c1', causes, votes.slice(0, 2), people, 3)).toBe(true);
  });

  it('a participant cannot exceed N votes: canVote is false with none left', () => {
    const votes = [vote('ana', 'c1'), vote('ana', 'c2'), vote('ana', 'c3')];
    expect(votesLeft('ana', votes, 3)).toBe(0);
    expect(votesLeft('bo', votes, 3)).toBe(3);
    expect(canVote('ana', 'c1', causes, votes, people, 3)).toBe(false);
    expect(canVote('ana', 'c1', causes, votes, people, 4)).toBe(true);
  });

  it('votes beyond the limit are not counted: the earliest N per person (by time, then id)', () => {
    const votes = [
      vote('ana', 'c3', { updatedAt: at(30) }),
      vote('ana', 'c1', { updatedAt: at(10) }),
      vote('ana', 'c2', { updatedAt: at(20) }),
    ];
    expect(counts(tallyVotes(causes, votes, people, 2))).toEqual([
      ['c1', 1],
      ['c2', 1],
      ['c3', 0],
    ]);
    expect(votesLeft('ana', votes, 2)).toBe(0);
  });

  it('votes of participants or on root causes that no longer exist are ignored', () => {
    const votes = [vote('gone', 'c1'), vote('ana', 'deleted'), vote('ana', 'c2')];
    expect(counts(tallyVotes(causes, votes, people, 3))).toEqual([
      ['c2', 1],
      ['c1', 0],
      ['c3', 0],
    ]);
    expect(canVote('gone', 'c1', causes, votes, people, 3)).toBe(false);
    expect(canVote('ana', 'deleted', causes, votes, people, 3)).toBe(false);
  });

  it('a vote on a deleted root cause uses no dot once root causes are given', () => {
    const votes = [vote('ana', 'deleted'), vote('ana', 'c1')];
    expect(votesLeft('ana', votes, 2)).toBe(0);
    expect(votesLeft('ana', votes, 2, causes)).toBe(1);
    expect(canVote('ana', 'c2', causes, votes, people, 2)).toBe(true);
  });

  it('an ignored dangling vote does not use up a dot in the tally either', () => {
    const votes = [vote('ana', 'deleted'), vote('ana', 'c1'), vote('ana', 'c2')];
    expect(counts(tallyVotes(causes, votes, people, 2)).slice(0, 2)).toEqual([
      ['c1', 1],
      ['c2', 1],
    ]);
  });

  it('a limit below 1 gives no dots; a fraction is floored', () => {
    expect(votesLeft('ana', [], 0)).toBe(0);
    expect(votesLeft('ana', [], -2)).toBe(0);
    expect(votesLeft('ana', [], 2.9)).toBe(2);
    expect(votesLeft('ana', [], Number.NaN)).toBe(0);
    expect(tallyVotes(causes, [vote('ana', 'c1')], people, 0)[0]?.count).toBe(0);
    expect(canVote('ana', 'c1', causes, [], people, 0)).toBe(false);
  });

  it('the tally does not depend on the order votes are stored in (two devices agree)', () => {
    const votes = [
      vote('ana', 'c1'),
      vote('ana', 'c2'),
      vote('ana', 'c3'),
      vote('bo', 'c3'),
      vote('bo', 'c3', { updatedAt: at(1) }),
    ];
    expect(tallyVotes(causes, [...votes].reverse(), people, 2)).toEqual(
      tallyVotes(causes, votes, people, 2),
    );
  });
});

describe('topRootCauses — the two or three that matter most', () => {
  const t = (...cs: number[]): RootCauseTally[] =>
    cs.map((count, i) => ({ rootCauseId: `c${i}`, count, voters: count }));
  const ids = (r: readonly RootCauseTally[]) => r.map((e) => e.rootCauseId);

  it('takes the n most voted', () => {
    expect(ids(topRootCauses(t(5, 3, 1), 2))).toEqual(['c0', 'c1']);
  });

  it('ties at the cut-off are all included', () => {
    expect(ids(topRootCauses(t(5, 3, 3, 1), 2))).toEqual(['c0', 'c1', 'c2']);
    expect(ids(topRootCauses(t(2, 2, 2, 2), 1))).toEqual(['c0', 'c1', 'c2', 'c3']);
    expect(ids(topRootCauses(t(5, 3, 3, 1), 3))).toEqual(['c0', 'c1', 'c2']);
  });

  it('root causes without votes are never among the top', () => {
    expect(ids(topRootCauses(t(4, 0, 0), 3))).toEqual(['c0']);
    expect(topRootCauses(t(0, 0), 2)).toEqual([]);
  });

  it('n < 1 gives none; n beyond the list gives every voted one; an unsorted tally is sorted', () => {
    expect(topRootCauses(t(3, 2), 0)).toEqual([]);
    expect(topRootCauses(t(3, 2), Number.NaN)).toEqual([]);
    expect(ids(topRootCauses(t(3, 2), 10))).toEqual(['c0', 'c1']);
    expect(ids(topRootCauses(t(1, 4, 1), 2))).toEqual(['c1', 'c0', 'c2']);
  });
});

describe('voting — properties', () => {
  const voteArb = fc.record({
    participantId: fc.constantFrom('ana', 'bo', 'cy', 'gone'),
    rootCauseId: fc.constantFrom('c1', 'c2', 'c3', 'deleted'),
    updatedAt: fc.integer({ min: 0, max: 50 }),
  });
  const votesArb = fc
    .array(voteArb, { maxLength: 30 })
    .map((vs) => vs.map((v, i) => makeVote({ ...v, id: `v${i}` })));

  it('total counted ≤ N × participants; each person counts at most N; known causes only', () => {
    fc.assert(
      fc.property(votesArb, fc.integer({ min: 0, max: 5 }), (votes, n) => {
        const tally = tallyVotes(causes, votes, people, n);
        const total = tally.reduce((s, e) => s + e.count, 0);
        expect(total).toBeLessThanOrEqual(n * people.length);
        expect(tally.map((e) => e.rootCauseId).sort()).toEqual(['c1', 'c2', 'c3']);
        for (let i = 1; i < tally.length; i++) {
          expect(tally[i - 1]?.count ?? 0).toBeGreaterThanOrEqual(tally[i]?.count ?? 0);
        }
        for (const p of people) {
          const left = votesLeft(p.id, votes, n, causes);
          expect(left).toBeGreaterThanOrEqual(0);
          expect(left).toBeLessThanOrEqual(n);
          expect(canVote(p.id, 'c1', causes, votes, people, n)).toBe(left > 0);
        }
        const valid = votes.filter(
          (v) => v.participantId !== 'gone' && v.rootCauseId !== 'deleted',
        );
        const perPerson = people.map((p) =>
          Math.min(n, valid.filter((v) => v.participantId === p.id).length),
        );
        expect(total).toBe(perPerson.reduce((s, x) => s + x, 0));
      }),
    );
  });

  it('the tally is the same whatever order votes are stored in', () => {
    fc.assert(
      fc.property(votesArb, fc.integer({ min: 1, max: 4 }), (votes, n) => {
        expect(tallyVotes(causes, [...votes].reverse(), people, n)).toEqual(
          tallyVotes(causes, votes, people, n),
        );
      }),
    );
  });

  it('top n has at least min(n, voted) entries, and every left-out one has fewer votes', () => {
    fc.assert(
      fc.property(votesArb, fc.integer({ min: 1, max: 4 }), (votes, n) => {
        const tally = tallyVotes(causes, votes, people, 3);
        const top = topRootCauses(tally, n);
        const voted = tally.filter((e) => e.count > 0);
        expect(top.length).toBeGreaterThanOrEqual(Math.min(n, voted.length));
        const min = Math.min(...top.map((e) => e.count));
        for (const e of voted) {
          if (!top.includes(e)) expect(e.count).toBeLessThan(min);
        }
      }),
    );
  });
});
