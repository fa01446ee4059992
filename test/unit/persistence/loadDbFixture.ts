/**
 * Migration harness: loads a dump `test/fixtures/db-v<N>.json` into a fresh (fake)
 * IndexedDB at version N, using a Dexie instance that declares only that version's
 * schema, so the current `GaplineDb` can then open it and run every upgrade since.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import Dexie from 'dexie';
import { schemaAt } from '../../../src/persistence/dbSchemas';

/** Vitest runs from the repository root (the jsdom environment gives no file: URL). */
export const FIXTURES_DIR = `${resolve(process.cwd(), 'test/fixtures')}/`;

export interface DbDump {
  readonly format: 'gapline-indexeddb-dump';
  readonly version: number;
  readonly tables: Readonly<Record<string, readonly Record<string, unknown>[]>>;
}

export function fixtureFileName(version: number): string {
  return `db-v${version}.json`;
}

/** Versions that have a dump file, ascending. */
export function fixtureVersions(): number[] {
  return readdirSync(FIXTURES_DIR)
    .map((name) => /^db-v(\d+)\.json$/.exec(name)?.[1])
    .filter((v): v is string => v !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
}

export function readDbFixture(version: number): DbDump {
  const raw: unknown = JSON.parse(
    readFileSync(`${FIXTURES_DIR}${fixtureFileName(version)}`, 'utf8'),
  );
  const dump = raw as DbDump;
  if (dump.format !== 'gapline-indexeddb-dump' || dump.version !== version) {
    throw new Error(`${fixtureFileName(version)} is not a Gapline v${version} database dump`);
  }
  return dump;
}

/** Creates database `dbName` at `dump.version` holding exactly the dump's rows. */
export async function loadDbFixture(dbName: string, dump: DbDump): Promise<void> {
  const schema = schemaAt(dump.version);
  for (const table of Object.keys(dump.tables)) {
    if (!(table in schema)) throw new Error(`Table ${table} is not in schema v${dump.version}`);
  }
  const db = new Dexie(dbName);
  db.version(dump.version).stores(schema);
  try {
    await db.open();
    await db.transaction('rw', db.tables, async () => {
      for (const [table, rows] of Object.entries(dump.tables)) {
        await db.table(table).bulkAdd([...rows]);
      }
    });
  } finally {
    db.close();
  }
}

/** Every row of every table, keyed by table name, each table sorted by primary key. */
export async function dumpTables(db: Dexie): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) {
    out[table.name] = await table.toArray();
  }
  return out;
}
