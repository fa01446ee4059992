import type { Channel, Communication } from '../../domain/model';
import { channelLanes, type LaneLayout } from './channelLanes';

interface Kept {
  readonly channels: readonly Channel[];
  readonly lanes: LaneLayout;
}

/** Keyed on the communications array, checked against the channels. */
const kept = new WeakMap<readonly Communication[], Kept>();

/**
 * `channelLanes` of the open review, made once for the drawing and its table twin (both
 * show the same lanes; 100,000 messages take a while to place). The store replaces the
 * arrays on any change, so an unchanged array means unchanged lanes.
 */
export function sharedChannelLanes(
  channels: readonly Channel[],
  communications: readonly Communication[],
): LaneLayout {
  const hit = kept.get(communications);
  if (hit !== undefined && hit.channels === channels) return hit.lanes;
  const lanes = channelLanes(channels, communications);
  kept.set(communications, { channels, lanes });
  return lanes;
}
