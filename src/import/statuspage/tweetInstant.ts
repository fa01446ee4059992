/**
 * The instant of a tweet from its snowflake id: `(id >> 22) + 1288834974657` ms, with
 * BigInt (`>>` on a number truncates to 32 bits). The id may be a string or a JSON number
 * above 2^53 that lost its low bits, which the time does not need.
 */
const TWITTER_EPOCH = 1288834974657n;
/** Ids below 2^40 are not snowflakes (pre-2010 sequential ids): their time is unknown. */
const SMALLEST_SNOWFLAKE = 1n << 40n;
const LARGEST_ID = (1n << 64n) - 1n;

export type TweetInstant =
  | { readonly ok: true; readonly ms: number; readonly id: string }
  | { readonly ok: false; readonly reason: string };

/** Null when there is no tweet (`tweet_id` null or absent). */
export function tweetInstant(tweetId: unknown): TweetInstant | null {
  if (tweetId === null || tweetId === undefined) return null;
  let id: bigint;
  if (typeof tweetId === 'string' && /^[0-9]{1,20}$/.test(tweetId)) {
    id = BigInt(tweetId);
  } else if (typeof tweetId === 'number' && Number.isInteger(tweetId) && tweetId >= 0) {
    id = BigInt(tweetId);
  } else {
    return { ok: false, reason: 'tweet_id is not a tweet id' };
  }
  if (id < SMALLEST_SNOWFLAKE || id > LARGEST_ID) {
    return {
      ok: false,
      reason: `tweet_id ${id} is not a snowflake id, so the tweet's time is unknown`,
    };
  }
  return { ok: true, ms: Number((id >> 22n) + TWITTER_EPOCH), id: id.toString() };
}
