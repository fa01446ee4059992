/**
 * Cross-record rules a schema of single records cannot see: every record belongs to the
 * review, ids are unique, references point at records that exist (a communication's
 * channel, a root cause's notes, a vote's root cause and participant, an action's root
 * cause), channel names are distinct (they key the per-channel analysis).
 */
import { COLLECTIONS, type ReviewData } from '../model';

export interface IntegrityProblem {
  /** JSON Pointer into the Gapline document. */
  readonly path: string;
  readonly message: string;
}

type Owned = { readonly id: string; readonly reviewId: string };

export function checkReviewIntegrity(data: ReviewData): IntegrityProblem | null {
  const reviewId = data.review.id;
  const ids = new Set<string>([reviewId]);
  const check = (record: Owned, path: string): IntegrityProblem | null => {
    if (record.reviewId !== reviewId) {
      return { path: `${path}/reviewId`, message: 'the record belongs to another review' };
    }
    if (ids.has(record.id)) {
      return { path: `${path}/id`, message: `the id "${record.id}" is used twice` };
    }
    ids.add(record.id);
    return null;
  };
  const singles: [Owned | null, string][] = [
    [data.incident, '/incident'],
    [data.session, '/session'],
    [data.preparation, '/preparation'],
  ];
  for (const [record, path] of singles) {
    const problem = record === null ? null : check(record, path);
    if (problem !== null) return problem;
  }
  for (const name of COLLECTIONS) {
    for (const [i, record] of (data[name] as readonly Owned[]).entries()) {
      const problem = check(record, `/${name}/${i}`);
      if (problem !== null) return problem;
    }
  }
  return checkReferences(data);
}

function checkReferences(data: ReviewData): IntegrityProblem | null {
  const missing = (path: string, what: string, id: string): IntegrityProblem => ({
    path,
    message: `no ${what} has the id "${id}"`,
  });
  const channelNames = new Set<string>();
  for (const [i, channel] of data.channels.entries()) {
    if (channelNames.has(channel.name)) {
      return { path: `/channels/${i}/name`, message: `two channels are named "${channel.name}"` };
    }
    channelNames.add(channel.name);
  }
  const channels = new Set(data.channels.map((c) => c.id));
  for (const [i, c] of data.communications.entries()) {
    if (!channels.has(c.channelId))
      return missing(`/communications/${i}/channelId`, 'channel', c.channelId);
  }
  const notes = new Set(data.notes.map((n) => n.id));
  for (const [i, cause] of data.rootCauses.entries()) {
    const j = cause.noteIds.findIndex((id) => !notes.has(id));
    const noteId = cause.noteIds[j];
    if (noteId !== undefined) return missing(`/rootCauses/${i}/noteIds/${j}`, 'note', noteId);
  }
  const causes = new Set(data.rootCauses.map((r) => r.id));
  const people = new Set(data.participants.map((p) => p.id));
  for (const [i, vote] of data.votes.entries()) {
    if (!causes.has(vote.rootCauseId))
      return missing(`/votes/${i}/rootCauseId`, 'root cause', vote.rootCauseId);
    if (!people.has(vote.participantId))
      return missing(`/votes/${i}/participantId`, 'participant', vote.participantId);
  }
  for (const [i, action] of data.actions.entries()) {
    if (action.rootCauseId !== null && !causes.has(action.rootCauseId))
      return missing(`/actions/${i}/rootCauseId`, 'root cause', action.rootCauseId);
  }
  return null;
}
