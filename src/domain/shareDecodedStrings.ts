import { COMMUNICATION_KINDS, type Communication, type CommunicationKind } from './model';

type Decoded = { -readonly [K in keyof Communication]: Communication[K] };

const KINDS = new Map<string, CommunicationKind>(COMMUNICATION_KINDS.map((k) => [k, k]));

/**
 * Records just decoded from a structured clone (an import worker's answer, IndexedDB's
 * stored chunks) hold a string of their own in every field: 100,000 `'update'`s, none of
 * them the one in the code. Every `c.kind === 'update'` then compares characters, and
 * every Map keyed on a channel id hashes and compares another copy: measured in the page
 * after a 100,000-message import, a loop testing `kind` took 11 ms where one reading
 * `instant` took 1.8 ms, and each pass the review page makes over its messages paid it.
 *
 * So, before anyone else holds them, each message's kind is made the code's own string,
 * and its channel and review ids one string per value (`shared` carries them from one
 * batch of the same source to the next). Changes the records in place: no field changes
 * value, and copying 100,000 records would cost more than the strings save.
 */
export function shareDecodedStrings(
  communications: readonly Communication[],
  shared: Map<string, string> = new Map(),
): void {
  const one = (s: string): string => {
    const kept = shared.get(s);
    if (kept !== undefined) return kept;
    shared.set(s, s);
    return s;
  };
  let lastChannel = '';
  let lastReview = '';
  for (let i = 0; i < communications.length; i++) {
    const c = communications[i] as Decoded;
    c.kind = KINDS.get(c.kind) ?? c.kind;
    // Runs of one channel are common: compared with the last one first.
    c.channelId = c.channelId === lastChannel ? lastChannel : (lastChannel = one(c.channelId));
    c.reviewId = c.reviewId === lastReview ? lastReview : (lastReview = one(c.reviewId));
  }
}
