/**
 * Architecture rule "Schema": every Dexie version has a fixture, and every fixture opens
 * with the current code without losing a row (reliability Table 1, row 11).
 */
import { existsSync } from 'node:fs';
import type Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { CURRENT_DB_VERSION, DB_VERSIONS } from '../../../src/persistence/dbSchemas';
import { DexieReviewGateway } from '../../../src/persistence/DexieReviewGateway';
import { GaplineDb } from '../../../src/persistence/GaplineDb';
import {
  FIXTURES_DIR,
  dumpTables,
  fixtureFileName,
  fixtureVersions,
  loadDbFixture,
  readDbFixture,
} from './loadDbFixture';

const opened: Dexie[] = [];
let seq = 0;
const freshName = (): string => `migration-${Date.now()}-${++seq}`;

afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

const primaryKey = (row: Record<string, unknown>): string => String(row['id'] ?? row['key']);
const byKey = (a: Record<string, unknown>, b: Record<string, unknown>): number =>
  primaryKey(a) < primaryKey(b) ? -1 : primaryKey(a) > primaryKey(b) ? 1 : 0;

describe('database versions and fixtures', () => {
  it('declares versions 1…CURRENT_DB_VERSION in order, and GaplineDb opens at the current one', async () => {
    expect(DB_VERSIONS.map((v) => v.version)).toEqual(
      Array.from({ length: CURRENT_DB_VERSION }, (_, i) => i + 1),
    );
    const db = new GaplineDb(freshName());
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(CURRENT_DB_VERSION);
  });

  it('has a fixture test/fixtures/db-v<N>.json for every Dexie version', () => {
    const missing = DB_VERSIONS.map((v) => fixtureFileName(v.version)).filter(
      (name) => !existsSync(`${FIXTURES_DIR}${name}`),
    );
    expect(missing, 'save a dump of the new schema version under test/fixtures').toEqual([]);
    expect(fixtureVersions().at(-1)).toBe(CURRENT_DB_VERSION);
  });

  it('rejects a fixture table that its schema version does not have', async () => {
    const dump = { format: 'gapline-indexeddb-dump', version: 1, tables: { bogus: [] } } as const;
    await expect(loadDbFixture(freshName(), dump)).rejects.toThrow(/bogus/);
  });
});

describe.each(fixtureVersions())('a database saved at version %i', (version) => {
  it('opens with the current GaplineDb, keeps every row and records the current schema', async () => {
    const name = freshName();
    const dump = readDbFixture(version);
    await loadDbFixture(name, dump);

    const db = new GaplineDb(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(CURRENT_DB_VERSION);
    expect(await db.meta.get('schema')).toEqual({ key: 'schema', version: CURRENT_DB_VERSION });

    if (version === CURRENT_DB_VERSION) {
      const tables = await dumpTables(db);
      for (const [table, rows] of Object.entries(dump.tables)) {
        expect(tables[table], table).toEqual([...rows].sort(byKey));
      }
    }
  });

  it('loads every review of the dump through the gateway', async () => {
    const name = freshName();
    const dump = readDbFixture(version);
    await loadDbFixture(name, dump);
    const db = new GaplineDb(name);
    opened.push(db);
    const gateway = new DexieReviewGateway(db, { locks: null });

    const reviewIds = (dump.tables['reviews'] ?? []).map(primaryKey);
    expect(reviewIds.length).toBeGreaterThan(0);
    const list = await gateway.listReviews();
    expect(list.map((item) => item.review.id).sort()).toEqual([...reviewIds].sort());
    for (const id of reviewIds) {
      const data = await gateway.loadReview(id);
      expect(data?.review.id).toBe(id);
      // One record per message up to version 3, chunk records of many from version 4.
      const ownRows = (table: string) =>
        (dump.tables[table] ?? []).filter((row) => row['reviewId'] === id);
      const expectedCount =
        ownRows('communications').length +
        ownRows('communicationChunks').reduce(
          (sum, chunk) => sum + (chunk['communications'] as unknown[]).length,
          0,
        );
      expect(expectedCount).toBeGreaterThan(0);
      expect(data?.communications).toHaveLength(expectedCount);
    }
  });
});
