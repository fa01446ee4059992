import type { MessageKey } from '../i18n/Dictionary';
import type { StorageHealth } from '../store/StorageHealth';

export interface StorageIndicatorView {
  /** `ok`: kept. `neutral`: not known yet. `warn`: may be deleted. `danger`: not saved. */
  readonly tone: 'ok' | 'neutral' | 'warn' | 'danger';
  readonly label: MessageKey;
  readonly explanation: MessageKey;
  /** Whether to remind the user to back up (the data may not last). */
  readonly remindBackup: boolean;
}

/**
 * What the storage indicator says (reliability Table 1, rows 1, 2, 8, 13): not saving at
 * all comes first, then Safari's seven-day deletion (whatever `persist()` answered), then
 * the browser's answer to the request to keep the data.
 */
export function storageIndicatorView(health: StorageHealth): StorageIndicatorView {
  if (health.outdated) {
    return {
      tone: 'danger',
      label: 'storage.state.outdated',
      explanation: 'storage.explain.outdated',
      remindBackup: true,
    };
  }
  if (health.mode === 'memory') {
    return {
      tone: 'danger',
      label: 'storage.state.memory',
      explanation: 'storage.explain.memory',
      remindBackup: true,
    };
  }
  if (health.deletedWhenUnvisited) {
    return {
      tone: 'warn',
      label: 'storage.state.atRisk',
      explanation: 'storage.explain.safari',
      remindBackup: true,
    };
  }
  switch (health.persistence) {
    case 'unknown':
      return {
        tone: 'neutral',
        label: 'storage.state.checking',
        explanation: 'storage.explain.checking',
        remindBackup: false,
      };
    case 'kept':
      return {
        tone: 'ok',
        label: 'storage.state.kept',
        explanation: 'storage.explain.kept',
        remindBackup: false,
      };
    case 'may-be-cleared':
    case 'unsupported':
      return {
        tone: 'warn',
        label: 'storage.state.atRisk',
        explanation: 'storage.explain.atRisk',
        remindBackup: true,
      };
  }
}
