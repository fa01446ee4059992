import type { Channel } from '../../domain/model';
import type { AppState } from '../AppState';

const EMPTY: ReadonlyMap<string, Channel> = new Map();
const cache = new WeakMap<readonly Channel[], ReadonlyMap<string, Channel>>();

/** The open review's channels by id; memoised on the channel array. */
export function selectChannelById(state: Pick<AppState, 'current'>): ReadonlyMap<string, Channel> {
  const channels = state.current?.channels;
  if (channels === undefined) return EMPTY;
  let byId = cache.get(channels);
  if (byId === undefined) {
    byId = new Map(channels.map((c) => [c.id, c]));
    cache.set(channels, byId);
  }
  return byId;
}
