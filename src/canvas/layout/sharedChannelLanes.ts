import type { Channel, Communication, EpochMs } from '../../domain/model';
import { channelLanes, type LaneLayout } from './channelLanes';

interface Kept {
  readonly channels: readonly Channel[];
  readonly resolution: EpochMs | null;
  readonly lanes: LaneLayout;
}

/** Keyed on the communications array, checked against the channels and the resolution. */
const kept = new WeakMap<readonly Communication[], Kept>();

/**
 * `channelLanes` of the open review, made once for the drawing and its table twin (both
 * show the same lanes; 100,000 messages take a while to place). The store replaces the
 * arrays on any change, so an unchanged array means unchanged lanes.
 */
export function sharedChannelLanes(
  channels: readonly Channel[],
  communications: readonly Communication[],
  resolution: EpochMs | null,
): LaneLayout {
  const hit = kept.get(communications);
  if (hit !== undefined && hit.channels === channels && hit.resolution === resolution) {
    return hit.lanes;
  }
  const lanes = channelLanes(channels, communications, resolution);
  kept.set(communications, { channels, resolution, lanes });
  return lanes;
}
