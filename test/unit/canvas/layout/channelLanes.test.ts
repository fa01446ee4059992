import { describe, expect, it } from 'vitest';
import { channelLanes } from '../../../../src/canvas/layout/channelLanes';
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
