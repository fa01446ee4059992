/**
 * Reliability Table 1, row 11: a migration that fails leaves the old version's data intact.
 * The upgrade to version 2 is replaced by one that changes rows and then throws (a bug in
 * a migration); Dexie runs upgrades inside IndexedDB's versionchange transaction, so the
 * throw aborts it and the database stays at version 1, every row as it was.
 */
import Dexie, { type Transaction } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { schemaAt } from '../../../src/persistence/dbSchemas';
import type * as DbUpgradesModule from '../../../src/persistence/dbUpgrades';
import { DexieReviewGateway } from '../../../src/persistence/DexieReviewGateway';
import { GaplineDb } from '../../../src/persistence/GaplineDb';
import { MemoryReviewGateway } from '../../../src/persistence/MemoryReviewGateway';
import { openGateway } from '../../../src/persistence/openGateway';
import { dumpTables, loadDbFixture, readDbFixture } from './loadDbFixture';

const migration = vi.hoisted(() => ({ broken: false, ran: 0 }));

vi.mock('../../../src/persistence/dbUpgrades', async (importOriginal) => {
  const real = await importOriginal<typeof DbUpgradesModule>();
  const upgrade2 = real.DB_UPGRADES[2];
  return {
    DB_UPGRADES: {
      ...real.DB_UPGRADES,
      2: async (tx: Transaction) => {
        migration.ran += 1;
        if (!migration.broken) return upgrade2?.(tx);
        // Half the work done, then a bug.
        await tx.table('reviews').toCollection().modify({ title: 'Half migrated' });
        await tx.table('meta').put({ key: 'schema', version: 2 });
        await tx.table('communications').clear();
        throw new Error('migration bug');
      },
    },
  };
});

let seq = 0;
const names: string[] = [];
const freshName = (): string => {
  const name = `failed-migration-${Date.now()}-${++seq}`;
  names.push(name);
  return name;
};

afterEach(async () => {
  migration.broken = false;
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** The database as a version-1 Gapline would read it. */
async function readAtVersion1(name: string) {
  const v1 = new Dexie(name);
  v1.version(1).stores(schemaAt(1));
  await v1.open();
  try {
    return { verno: v1.verno, tables: await dumpTables(v1) };
  } finally {
    v1.close();
  }
}

const byId = (rows: readonly Record<string, unknown>[]) =>
  [...rows].sort((a, b) => String(a['id'] ?? a['key']).localeCompare(String(b['id'] ?? b['key'])));

describe('a migration that throws', () => {
  it('leaves the version-1 database and every row of it as they were', async () => {
    const name = freshName();
    const dump = readDbFixture(1);
    await loadDbFixture(name, dump);
    migration.broken = true;

    const db = new GaplineDb(name);
    await expect(db.open()).rejects.toThrow(/migration bug/);
    db.close();
    expect(migration.ran).toBeGreaterThan(0);

    const after = await readAtVersion1(name);
    expect(after.verno).toBe(1);
    for (const [table, rows] of Object.entries(dump.tables)) {
      expect(byId(after.tables[table] as Record<string, unknown>[]), table).toEqual(byId(rows));
    }
  });

  it('starts the app in memory with a reason, and the migration succeeds once fixed', async () => {
    const name = freshName();
    const dump = readDbFixture(1);
    await loadDbFixture(name, dump);
    migration.broken = true;

    const failed = await openGateway(name, { locks: null });
    expect(failed.mode).toBe('memory');
    expect(failed.gateway).toBeInstanceOf(MemoryReviewGateway);
    expect(failed.reason).toMatch(/migration bug/);
    expect(failed.kind).toBe('unknown');
    expect((await readAtVersion1(name)).verno).toBe(1);

    // The next Gapline, with the bug fixed, migrates the untouched data.
    migration.broken = false;
    const fixed = await openGateway(name, { locks: null });
    expect(fixed.mode).toBe('indexeddb');
    const reviewIds = (dump.tables['reviews'] ?? []).map((r) => String(r['id']));
    const list = await fixed.gateway.listReviews();
    expect(list.map((item) => item.review.id).sort()).toEqual([...reviewIds].sort());
    const titles = list.map((item) => item.review.title);
    expect(titles).not.toContain('Half migrated');
    if (fixed.gateway instanceof DexieReviewGateway) fixed.gateway.close();
  });
});
