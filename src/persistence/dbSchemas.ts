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
  'channels',
  'communications',
  'phases',
  'notes',
  'rootCauses',
  'actions',
  'participants',
  'attachments',
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

export const DB_VERSIONS: readonly DbVersion[] = [{ version: 1, stores: V1 }];

/** The schema version this code writes. */
export const CURRENT_DB_VERSION = 1;

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
