import type { Vote } from '../../../domain/model';

/** The most recent of `votes` matching `keep` (what −1 and "Take back last" remove). */
export function latestVote(votes: readonly Vote[], keep: (v: Vote) => boolean): Vote | undefined {
  let latest: Vote | undefined;
  for (const v of votes) {
    if (!keep(v)) continue;
    if (
      latest === undefined ||
      v.updatedAt > latest.updatedAt ||
      (v.updatedAt === latest.updatedAt && v.id > latest.id)
    )
      latest = v;
  }
  return latest;
}
