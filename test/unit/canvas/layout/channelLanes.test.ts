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
  const layout = channelLanes(channels, comms, at(100));
  const byId = new Map(layout.placed.map((p) => [p.communicationId, p]));

  it('gives a channel used more than once a branch from its first use, in order of first use', () => {
    expect(layout.branches.map((b) => [b.channel, b.lane, b.start])).toEqual([
      ['Status page', 1, at(10)],
      ['Email', 2, at(30)],
    ]);
    expect(byId.get('s2')?.lane).toBe(1);
    expect(byId.get('e2')?.lane).toBe(2);
  });

  it('keeps a channel used once on the main line, labelled', () => {
    expect(byId.get('m1')).toMatchObject({ lane: 0, labelled: true });
    expect(byId.get('s1')?.labelled).toBe(false);
  });

  it('draws internal events hollow and follow-ups after the resolution', () => {
    expect(byId.get('i1')?.hollow).toBe(true);
    expect(byId.get('s1')?.hollow).toBe(false);
    expect(byId.get('f1')?.afterResolution).toBe(true);
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
      fc.property(
        fc.array(message, { maxLength: 40 }),
        fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }),
        (spec, resolvedAt) => {
          const list = spec.map((m, i) =>
            makeCommunication({
              id: `c${i}`,
              order: (i * 7) % 11,
              instant: at(m.minute),
              channelId: m.channelId,
              kind: m.kind,
            }),
          );
          const resolution = resolvedAt === null ? null : at(resolvedAt);
          const sorted = [...list].sort((a, b) => a.instant - b.instant || a.order - b.order);
          const firstUses = [...new Set(sorted.map((c) => c.channelId))];
          const branched = firstUses.filter(
            (id) => sorted.filter((c) => c.channelId === id).length > 1,
          );
          const layout = channelLanes(channels, list, resolution);
          expect(layout.branches).toEqual(
            branched.map((id, i) => ({
              channelId: id,
              channel: channels.find((ch) => ch.id === id)?.name ?? id,
              lane: i + 1,
              start: sorted.find((c) => c.channelId === id)?.instant,
              end: sorted.findLast((c) => c.channelId === id)?.instant,
            })),
          );
          expect(layout.placed).toEqual(
            sorted.map((c) => {
              const lane = branched.indexOf(c.channelId) + 1;
              return {
                communicationId: c.id,
                communication: c,
                lane,
                hollow: c.kind === 'internal',
                labelled: lane === 0,
                afterResolution:
                  c.kind === 'follow-up' && resolution !== null && c.instant > resolution,
              };
            }),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
