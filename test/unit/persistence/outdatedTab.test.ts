/**
 * Reliability Table 1, row 8: once a newer Gapline opens the database in another tab, this
 * tab hears of it at once (the banner), attempts no write, and keeps its edits in memory,
 * reported as not saved.
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { classifyStorageError } from '../../../src/persistence/classifyStorageError';
import { CURRENT_DB_VERSION, schemaAt } from '../../../src/persistence/dbSchemas';
import type { DexieReviewGateway } from '../../../src/persistence/DexieReviewGateway';
import { openGateway, type OpenedGateway } from '../../../src/persistence/openGateway';
import { createAppStore } from '../../../src/store/createAppStore';
import { makeReviewData } from './makeReviewData';

let seq = 0;
const names: string[] = [];
const others: Dexie[] = [];
afterEach(async () => {
  for (const db of others.splice(0)) db.close();
  for (const name of names.splice(0)) await Dexie.delete(name);
});

async function openThisTab(): Promise<{ opened: OpenedGateway; name: string }> {
  const name = `outdated-${Date.now()}-${++seq}`;
  names.push(name);
  const opened = await openGateway(name, { locks: null });
  expect(opened.mode).toBe('indexeddb');
  return { opened, name };
}

/** Another tab running a newer Gapline: it opens the database at the next version. */
async function newerTabOpens(name: string): Promise<Dexie> {
  const newer = new Dexie(name);
  newer.version(CURRENT_DB_VERSION + 1).stores(schemaAt(CURRENT_DB_VERSION));
  await newer.open();
  others.push(newer);
  return newer;
}

describe('a tab a newer Gapline made outdated', () => {
  it('is told once, as soon as the newer version opens the database', async () => {
    const { opened, name } = await openThisTab();
    const heard = vi.fn();
    const stop = opened.onOutdated(heard);
    const ignored = vi.fn();
    opened.onOutdated(ignored)();
    await newerTabOpens(name);
    expect(heard).toHaveBeenCalledTimes(1);
    expect(ignored).not.toHaveBeenCalled();
    stop();
  });

  it('writes nothing, and its edit stays in memory reported as a version error', async () => {
    const { opened, name } = await openThisTab();
    const data = makeReviewData();
    await opened.gateway.createReview(data);
    const store = createAppStore(opened.gateway, { classifyError: classifyStorageError });
    opened.onOutdated(() => store.getState().actions.markStorageOutdated());
    await store.getState().actions.openReview(data.review.id);

    const newer = await newerTabOpens(name);
    expect(store.getState().storage.outdated).toBe(true);
    const transaction = vi.spyOn((opened.gateway as DexieReviewGateway).db, 'transaction');

    await store.getState().actions.updateIncident({ title: 'Typed after the upgrade' });

    expect(transaction).not.toHaveBeenCalled();
    expect(store.getState().save).toMatchObject({ state: 'error', errorKind: 'version' });
    expect(store.getState().current?.incident.title).toBe('Typed after the upgrade');
    const stored = await newer.table('incidents').get(data.incident.id);
    expect(stored).toEqual(data.incident);
  });
});
