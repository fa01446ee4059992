/**
 * Cross-record rules a schema of single records cannot see: every record belongs to the
 * review, ids are unique, every communication's channel exists, channel names are
 * distinct (they key the per-channel analysis).
 */
import type { ReviewData } from '../model';

export interface IntegrityProblem {
  /** JSON Pointer into the Gapline document. */
  readonly path: string;
  readonly message: string;
}

export function checkReviewIntegrity(data: ReviewData): IntegrityProblem | null {
  const reviewId = data.review.id;
  if (data.incident.reviewId !== reviewId) {
    return { path: '/incident/reviewId', message: 'the incident belongs to another review' };
  }
  const ids = new Set<string>([reviewId]);
  const claim = (recordId: string, path: string): IntegrityProblem | null => {
    if (ids.has(recordId)) return { path, message: `the id "${recordId}" is used twice` };
    ids.add(recordId);
    return null;
  };
  const first = claim(data.incident.id, '/incident/id');
  if (first !== null) return first;

  const channelIds = new Set<string>();
  const channelNames = new Set<string>();
  for (const [i, channel] of data.channels.entries()) {
    const problem =
      ownedElsewhere(channel.reviewId, reviewId, `/channels/${i}`) ??
      claim(channel.id, `/channels/${i}/id`);
    if (problem !== null) return problem;
    if (channelNames.has(channel.name)) {
      return { path: `/channels/${i}/name`, message: `two channels are named "${channel.name}"` };
    }
    channelNames.add(channel.name);
    channelIds.add(channel.id);
  }
  for (const [i, communication] of data.communications.entries()) {
    const problem =
      ownedElsewhere(communication.reviewId, reviewId, `/communications/${i}`) ??
      claim(communication.id, `/communications/${i}/id`);
    if (problem !== null) return problem;
    if (!channelIds.has(communication.channelId)) {
      return {
        path: `/communications/${i}/channelId`,
        message: `no channel has the id "${communication.channelId}"`,
      };
    }
  }
  for (const [i, phase] of data.phases.entries()) {
    const problem =
      ownedElsewhere(phase.reviewId, reviewId, `/phases/${i}`) ??
      claim(phase.id, `/phases/${i}/id`);
    if (problem !== null) return problem;
  }
  for (const [i, note] of data.notes.entries()) {
    const problem =
      ownedElsewhere(note.reviewId, reviewId, `/notes/${i}`) ?? claim(note.id, `/notes/${i}/id`);
    if (problem !== null) return problem;
  }
  return null;
}

function ownedElsewhere(
  recordReviewId: string,
  reviewId: string,
  path: string,
): IntegrityProblem | null {
  return recordReviewId === reviewId
    ? null
    : { path: `${path}/reviewId`, message: 'the record belongs to another review' };
}
