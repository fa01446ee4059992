import { describe, expect, it } from 'vitest';
import { channelLanes } from '../../../src/canvas/layout/channelLanes';
import { sharedChannelLanes } from '../../../src/canvas/layout/sharedChannelLanes';
import { CHECKOUT_OUTAGE, makeReviewData } from '../../component/support/makeReviewData';

describe('sharedChannelLanes', () => {
  it('is channelLanes, made once for the same arrays', () => {
    const { channels, communications } = makeReviewData(CHECKOUT_OUTAGE);
    const first = sharedChannelLanes(channels, communications);
    expect(first).toEqual(channelLanes(channels, communications));
    expect(sharedChannelLanes(channels, communications)).toBe(first);
  });

  it('is made again when the messages or the channels change', () => {
    const { channels, communications } = makeReviewData(CHECKOUT_OUTAGE);
    const first = sharedChannelLanes(channels, communications);
    const fewer = communications.slice(1);
    expect(sharedChannelLanes(channels, fewer)).toEqual(channelLanes(channels, fewer));
    const renamed = channels.map((c) => ({ ...c, name: `${c.name}!` }));
    const withRenamed = sharedChannelLanes(renamed, communications);
    expect(withRenamed).not.toBe(first);
    expect(withRenamed.branches.map((b) => b.channel)).toEqual(
      first.branches.map((b) => `${b.channel}!`),
    );
  });
});
