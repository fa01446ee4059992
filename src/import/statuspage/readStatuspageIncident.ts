/**
 * One Statuspage incident → one review (`../shared/spec/gaps.md`, Terms): title = name,
 * A = `started_at`, else the earlier of `created_at` and the first communication;
 * R = `resolved_at`; updates (listed newest first) imported in chronological order.
 */
import { FIELD_LIMITS } from '../../domain/schema/fieldLimits';
import type { ImportedIncident, ImportOptions, RejectedRow } from '../contract';
import { assembleReview, type DraftCommunication } from '../assembleReview';
import { isRecord } from '../json/isRecord';
import { readSourceTime } from './readSourceTime';
import { readStatuspageUpdate } from './readStatuspageUpdate';

/** What the file says about the page the incident belongs to. */
export interface PageInfo {
  readonly name: string;
  /** A zone the runtime knows (the page's `time_zone`, else `UTC`). */
  readonly timeZone: string;
}

export type IncidentReading =
  | { readonly ok: true; readonly incident: ImportedIncident }
  | { readonly ok: false; readonly rejected: RejectedRow };

export function readStatuspageIncident(
  raw: unknown,
  path: string,
  page: PageInfo,
  options: ImportOptions,
): IncidentReading {
  const reject = (reason: string, at = path): IncidentReading => ({
    ok: false,
    rejected: { line: null, path: at, reason },
  });
  if (!isRecord(raw)) return reject('the incident is not an object');
  const rejected: RejectedRow[] = [];
  const timestamps = { timeZone: options.timeZone, dateOrder: options.dateOrder };

  const rawId = raw['id'];
  const externalId = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId) : null;
  if (externalId !== null && externalId.length > FIELD_LIMITS.id)
    return reject('the incident id is too long');
  const name = typeof raw['name'] === 'string' ? raw['name'].trim() : '';
  if (name.length > FIELD_LIMITS.name) {
    return reject(`the incident name is longer than ${FIELD_LIMITS.name} characters`);
  }
  const shortlink = raw['shortlink'];
  const url =
    typeof shortlink === 'string' &&
    shortlink.length <= FIELD_LIMITS.url &&
    /^https?:\/\//i.test(shortlink)
      ? shortlink
      : null;

  const rawUpdates = raw['incident_updates'];
  const updates: unknown[] = Array.isArray(rawUpdates) ? rawUpdates : [];
  if (rawUpdates !== undefined && rawUpdates !== null && !Array.isArray(rawUpdates)) {
    rejected.push({
      line: null,
      path: `${path}/incident_updates`,
      reason: 'incident_updates is not a list',
    });
  }
  if (updates.length > FIELD_LIMITS.records) {
    return reject(`the incident has more than ${FIELD_LIMITS.records} updates`);
  }
  // Listed newest first: walk from the end so the import order is chronological.
  const drafts: { draft: DraftCommunication; rank: number }[] = [];
  let usedZone = false;
  for (let i = updates.length - 1; i >= 0; i--) {
    const reading = readStatuspageUpdate(updates[i], {
      path: `${path}/incident_updates/${i}`,
      author: page.name,
      instantSource: options.instantSource,
      timestamps,
    });
    if (!reading.ok) {
      rejected.push(reading.rejected);
      continue;
    }
    rejected.push(...reading.notes);
    usedZone ||= reading.usedZone;
    drafts.push({ draft: reading.update, rank: drafts.length });
    if (reading.tweet !== null) drafts.push({ draft: reading.tweet, rank: drafts.length });
  }
  drafts.sort((a, b) => a.draft.instant - b.draft.instant || a.rank - b.rank);
  const communications = drafts.map((d) => d.draft);

  const timeOf = (field: string): number | null => {
    const time = readSourceTime(raw[field], field, timestamps);
    if (time.kind === 'bad')
      rejected.push({ line: null, path: `${path}/${field}`, reason: time.reason });
    if (time.kind !== 'ok') return null;
    usedZone ||= !time.hadOffset;
    return time.instant.ms;
  };
  const startedAt = timeOf('started_at');
  const createdAt = timeOf('created_at');
  const resolvedAt = timeOf('resolved_at');
  const firstCommunication = communications[0]?.instant ?? null;
  const fallback = [createdAt, firstCommunication].filter((t): t is number => t !== null);
  const alert = startedAt ?? (fallback.length > 0 ? Math.min(...fallback) : null);
  if (alert === null)
    return reject('the incident has no start: no started_at, created_at or readable update');

  const data = assembleReview(
    {
      title: name === '' ? 'Untitled incident' : name,
      alert,
      resolution: resolvedAt,
      timeZone: page.timeZone,
      sourceTimeZone: usedZone ? options.timeZone : null,
      instantSource: options.instantSource,
      source: { format: 'statuspage', externalId, url, fileName: options.fileName },
      communications,
      phases: [],
    },
    options,
  );
  return { ok: true, incident: { data, warnings: [], rejected } };
}
