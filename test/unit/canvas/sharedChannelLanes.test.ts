import { describe, expect, it } from 'vitest';
import { channelLanes } from '../../../src/canvas/layout/channelLanes';
import { sharedChannelLanes } from '../../../src/canvas/layout/sharedChannelLanes';
import { CHECKOUT_OUTAGE, makeReviewData } from '../../component/support/makeReviewData';

describe('sharedChannelLanes', () => {
  it('is channelLanes, made once for the same arrays and resolution', () => {
    const { channels, communications, incident } = makeReviewData(CHECKOUT_OUTAGE);
    const first = sharedChannelLanes(channels, communications, incident.resolution);
    expect(first).toEqual(channelLanes(channels, communications, incident.resolution));
    expect(sharedChannelLanes(channels, communications, incident.resolution)).toBe(first);
  });

  it('is made again when the messages, the channels or the resolution change', () => {
    const { channels, communications, incident } = makeReviewData(CHECKOUT_OUTAGE);
    const first = sharedChannelLanes(channels, communications, incident.resolution);
    const fewer = communications.slice(1);
    expect(sharedChannelLanes(channels, fewer, incident.resolution)).toEqual(
      channelLanes(channels, fewer, incident.resolution),
    );
    const renamed = channels.map((c) => ({ ...c, name: `${c.name}!` }));
    const withRenamed = sharedChannelLanes(renamed, communications, incident.resolution);
    expect(withRenamed).not.toBe(first);
    expect(withRenamed.branches.map((b) => b.channel)).toEqual(
      first.branches.map((b) => `${b.channel}!`),
    );
    expect(sharedChannelLanes(channels, communications, null)).not.toBe(first);
  });
});
