import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { channelLanes } from '../../../../src/canvas/layout/channelLanes';
import { COMMUNICATION_KINDS } from '../../../../src/domain/model';
import { at, makeChannel, makeCommunication } from '../../../factories/makeRecords';

const channels = [
  makeChannel({ id: 'status', name: 'Status page' }),
  makeChannel({ id: 'email', name: 'Email' }),
  makeChannel({ id: 'macro', name: 'Support macro' }),
  makeChannel({ id: 'chat', name: 'Incident chat' }),
];

describe('channel lanes', () => {
  const comms = [
    makeCommunication({ id: 'e1', channelId: 'email', instant: at(30) }),
    makeCommunication({ id: 's1', channelId: 'status', instant: at(10) }),
    makeCommunication({ id: 'm1', channelId: 'macro', instant: at(20) }),
    makeCommunication({ id: 's2', channelId: 'status', instant: at(40) }),
    makeCommunication({ id: 'e2', channelId: 'email', instant: at(50) }),
    makeCommunication({ id: 'i1', channelId: 'chat', instant: at(15), kind: 'internal' }),
    makeCommunication({ id: 'f1', channelId: 'status', instant: at(200), kind: 'follow-up' }),
  ];
  const layout = channelLanes(channels, comms);
  const laneOf = new Map(layout.sorted.map((c, i) => [c.id, layout.lane[i]]));

  it('gives a channel used more than once a branch from its first use, in order of first use', () => {
    expect(layout.branches.map((b) => [b.channel, b.lane, b.start])).toEqual([
      ['Status page', 1, at(10)],
      ['Email', 2, at(30)],
    ]);
    expect(laneOf.get('s2')).toBe(1);
    expect(laneOf.get('e2')).toBe(2);
  });

  it('keeps a channel used once on the main line', () => {
    expect(laneOf.get('m1')).toBe(0);
    expect(laneOf.get('i1')).toBe(0);
    expect(laneOf.get('s1')).toBe(1);
  });

  it('gives the messages in time order with their instants and ids', () => {
    expect(layout.sorted.map((c) => c.id)).toEqual(['s1', 'i1', 'm1', 'e1', 's2', 'e2', 'f1']);
    expect([...layout.instants]).toEqual(layout.sorted.map((c) => c.instant));
    expect(layout.ids).toEqual(layout.sorted.map((c) => c.id));
  });
});

describe('channel lanes — as the rules say, read plainly', () => {
  it('equal lanes worked out a channel at a time, for any messages in any order', () => {
    const message = fc.record({
      minute: fc.integer({ min: 0, max: 30 }),
      channelId: fc.constantFrom('status', 'email', 'macro', 'chat', 'unknown'),
      kind: fc.constantFrom(...COMMUNICATION_KINDS),
    });
    fc.assert(
      fc.property(fc.array(message, { maxLength: 40 }), (spec) => {
        const list = spec.map((m, i) =>
          makeCommunication({
            id: `c${i}`,
            order: (i * 7) % 11,
            instant: at(m.minute),
            channelId: m.channelId,
            kind: m.kind,
          }),
        );
        const sorted = [...list].sort((a, b) => a.instant - b.instant || a.order - b.order);
        const firstUses = [...new Set(sorted.map((c) => c.channelId))];
        const branched = firstUses.filter(
          (id) => sorted.filter((c) => c.channelId === id).length > 1,
        );
        const layout = channelLanes(channels, list);
        expect(layout.branches).toEqual(
          branched.map((id, i) => ({
            channelId: id,
            channel: channels.find((ch) => ch.id === id)?.name ?? id,
            lane: i + 1,
            start: sorted.find((c) => c.channelId === id)?.instant,
            end: sorted.findLast((c) => c.channelId === id)?.instant,
          })),
        );
        expect(layout.sorted).toEqual(sorted);
        expect([...layout.instants]).toEqual(sorted.map((c) => c.instant));
        expect([...layout.lane]).toEqual(sorted.map((c) => branched.indexOf(c.channelId) + 1));
      }),
      { numRuns: 300 },
    );
  });
});
