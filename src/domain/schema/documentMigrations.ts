/**
 * Named migrations of the Gapline file format (tldraw's migration sequences, reduced to
 * what one document needs). `DOCUMENT_MIGRATIONS[n]` turns a version-n document into a
 * version n + 1 one; a test fails if any version below the current one lacks a migration
 * or any version lacks a fixture under `test/fixtures/gapline-v<n>.json`.
 */
export const CURRENT_DOCUMENT_VERSION = 4;

/** A document as plain JSON data, before validation. */
export type RawDocument = Readonly<Record<string, unknown>>;

export interface DocumentMigration {
  /** Says what changed, e.g. `add phases`. */
  readonly name: string;
  /** Must return a new object with `version` set to the next version. */
  readonly up: (document: RawDocument) => RawDocument;
}

/** Keyed by the version a migration upgrades FROM. */
export const DOCUMENT_MIGRATIONS: Readonly<Record<number, DocumentMigration>> = {
  1: {
    name: 'add notes',
    // Version 1 files had no sticky notes: they gain an empty list.
    up: (document) => ({ ...document, notes: [], version: 2 }),
  },
  2: {
    name: 'add the workshop',
    // Version 2 files had no session yet: nothing prepared, nobody in the room.
    up: (document) => ({
      ...document,
      session: null,
      preparation: null,
      participants: [],
      rootCauses: [],
      votes: [],
      actions: [],
      whatIfs: [],
      attachments: [],
      version: 3,
    }),
  },
  3: {
    name: 'add dismissed findings',
    // Version 3 files came before the message checks: no finding was dismissed.
    up: (document) => ({ ...document, dismissals: [], version: 4 }),
  },
};

export type MigrationResult =
  | { readonly ok: true; readonly document: RawDocument; readonly fromVersion: number }
  | { readonly ok: false; readonly message: string };

/** Brings a document of any known version up to `current`, one named step at a time. */
export function migrateDocument(
  document: RawDocument,
  migrations: Readonly<Record<number, DocumentMigration>> = DOCUMENT_MIGRATIONS,
  current: number = CURRENT_DOCUMENT_VERSION,
): MigrationResult {
  const version = document['version'];
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) {
    return { ok: false, message: 'The file has no valid format version.' };
  }
  if (version > current) {
    return {
      ok: false,
      message: `The file is format version ${version}, made by a newer Gapline; this one reads up to version ${current}.`,
    };
  }
  let migrated = document;
  for (let v = version; v < current; v++) {
    const migration = migrations[v];
    if (migration === undefined) {
      return { ok: false, message: `No migration from format version ${v} to ${v + 1}.` };
    }
    migrated = migration.up(migrated);
    if (migrated['version'] !== v + 1) {
      return {
        ok: false,
        message: `Migration "${migration.name}" did not produce version ${v + 1}.`,
      };
    }
  }
  return { ok: true, document: migrated, fromVersion: version };
}
