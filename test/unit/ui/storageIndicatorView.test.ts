/**
 * Reliability Table 1, rows 1, 2, 8, 13: what the storage indicator says for each browser
 * (Safari or not) × the browser's answer to persist() × where the data lives.
 */
import { describe, expect, it } from 'vitest';
import type { StorageHealth } from '../../../src/store/StorageHealth';
import { storageIndicatorView } from '../../../src/ui/storageIndicatorView';

const health = (overrides: Partial<StorageHealth> = {}): StorageHealth => ({
  mode: 'indexeddb',
  memoryCause: null,
  persistence: 'unknown',
  deletedWhenUnvisited: false,
  outdated: false,
  ...overrides,
});

describe('storageIndicatorView', () => {
  it.each([
    ['unknown', false, 'storage.state.checking', false],
    ['kept', false, 'storage.state.kept', false],
    ['may-be-cleared', false, 'storage.state.atRisk', true],
    ['unsupported', false, 'storage.state.atRisk', true],
    // Safari deletes after seven days whatever persist() answered: always remind.
    ['unknown', true, 'storage.state.atRisk', true],
    ['kept', true, 'storage.state.atRisk', true],
    ['may-be-cleared', true, 'storage.state.atRisk', true],
  ] as const)('persist() %s, Safari %s → %s, remind %s', (persistence, safari, label, remind) => {
    const view = storageIndicatorView(health({ persistence, deletedWhenUnvisited: safari }));
    expect(view.label).toBe(label);
    expect(view.remindBackup).toBe(remind);
    if (safari) expect(view.explanation).toBe('storage.explain.safari');
  });

  it('says "this tab only" in memory mode and "not saving" once outdated, both reminding', () => {
    const memory = storageIndicatorView(health({ mode: 'memory', persistence: 'kept' }));
    expect(memory).toMatchObject({
      label: 'storage.state.memory',
      tone: 'danger',
      remindBackup: true,
    });
    const outdated = storageIndicatorView(health({ outdated: true, persistence: 'kept' }));
    expect(outdated).toMatchObject({
      label: 'storage.state.outdated',
      tone: 'danger',
      remindBackup: true,
    });
  });
});
