/**
 * Every IndexedDB schema Gapline has ever shipped, one entry per Dexie version.
 *
 * Rules (../shared/notes/architecture.md, "Schema"):
 * - an entry is never edited once released; a change is a new entry (and, when data must
 *   move, an upgrade in `dbUpgrades.ts`);
 * - every version has a dump under `test/fixtures/db-v<N>.json`, and the migration test
 *   opens each dump with the current code (a version without a fixture fails the suite).
 */

/** Dexie store specs by table name; `null` deletes a table in that version. */
export type StoreSpecs = Readonly<Record<string, string | null>>;

export interface DbVersion {
  readonly version: number;
  readonly stores: StoreSpecs;
}

/** Tables of every record that belongs to one review (deleted together with it). */
export const REVIEW_SCOPED_TABLES = [
  'incidents',
  'sessions',
  'preparations',
  'channels',
  'communicationChunks',
  'phases',
  'notes',
  'rootCauses',
  'actions',
  'participants',
  'attachments',
  'votes',
  'whatIfs',
  'dismissals',
  'listItems',
] as const;

export type ReviewScopedTable = (typeof REVIEW_SCOPED_TABLES)[number];

const V1: StoreSpecs = {
  reviews: 'id, status, updatedAt',
  incidents: 'id, &reviewId',
  channels: 'id, reviewId',
  communications: 'id, reviewId, [reviewId+instant]',
  phases: 'id, reviewId',
  notes: 'id, reviewId',
  rootCauses: 'id, reviewId',
  actions: 'id, reviewId',
  participants: 'id, reviewId',
  attachments: 'id, reviewId',
  meta: 'key',
};

/** Version 2: the workshop (issue "Run the workshop") — one session and one preparation per
 * review, dot votes and "what if" updates. No data moves: the new tables start empty. */
const V2: StoreSpecs = {
  sessions: 'id, &reviewId',
  preparations: 'id, &reviewId',
  votes: 'id, reviewId, rootCauseId',
  whatIfs: 'id, reviewId',
};

/** Version 3: the message checks (issue 7) — findings the facilitator dismissed. No data
 * moves: the new table starts empty. */
const V3: StoreSpecs = {
  dismissals: 'id, reviewId',
};

/** Version 4: a review's communications in `MESSAGE_BUCKETS` records of many messages each
 * (`CommunicationChunk`), not one record each (issue 9: reading 100,000 records took
 * seconds). The upgrade moves every message into its review's records, then the
 * `communications` table is deleted. */
const V4: StoreSpecs = {
  communications: null,
  communicationChunks: 'id, reviewId',
};

/** Version 5: what the home page lists of each review (`ListItemRow`), so listing reviews
 * reads no messages (issue 9: a 100,000-message review made the home page read all of them
 * at each opening). No data moves: the table starts empty and fills as reviews are listed. */
const V5: StoreSpecs = {
  listItems: 'id, reviewId',
};

export const DB_VERSIONS: readonly DbVersion[] = [
  { version: 1, stores: V1 },
  { version: 2, stores: V2 },
  { version: 3, stores: V3 },
  { version: 4, stores: V4 },
  { version: 5, stores: V5 },
];

/** The schema version this code writes. */
export const CURRENT_DB_VERSION = 5;

/** The cumulative table specs in force at `version` (what a database at that version holds). */
export function schemaAt(version: number): Record<string, string> {
  if (!DB_VERSIONS.some((v) => v.version === version)) {
    throw new RangeError(`Unknown Gapline database version ${version}`);
  }
  const tables: Record<string, string> = {};
  for (const v of DB_VERSIONS) {
    if (v.version > version) break;
    for (const [name, spec] of Object.entries(v.stores)) {
      if (spec === null) delete tables[name];
      else tables[name] = spec;
    }
  }
  return tables;
}
