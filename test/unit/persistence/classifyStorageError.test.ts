/** Reliability Table 1, rows 3, 6, 8, 9, 13: which banner a storage failure raises. */
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { classifyStorageError } from '../../../src/persistence/classifyStorageError';
import { DatabaseOutdatedError, SchemaTooNewError } from '../../../src/persistence/storageErrors';

const named = (name: string, extra: Record<string, unknown> = {}): Error =>
  Object.assign(new Error(name), { name }, extra);

describe('classifyStorageError', () => {
  it('finds a full disk in the browser error, in Dexie AbortError.inner, and in bulk failures', () => {
    expect(classifyStorageError(new DOMException('full', 'QuotaExceededError'))).toBe('quota');
    const aborted = new Dexie.AbortError(
      'Transaction aborted',
      new DOMException('full', 'QuotaExceededError'),
    );
    expect(aborted.name).toBe('AbortError');
    expect(classifyStorageError(aborted)).toBe('quota');
    expect(
      classifyStorageError(
        named('BulkError', { failures: [new DOMException('full', 'QuotaExceededError')] }),
      ),
    ).toBe('quota');
    expect(classifyStorageError(named('NS_ERROR_FILE_NO_DEVICE_SPACE'))).toBe('quota');
    expect(classifyStorageError({ name: 'Error', code: 22 })).toBe('quota');
  });

  it('reports schema conflicts as version errors', () => {
    expect(classifyStorageError(named('VersionError'))).toBe('version');
    expect(
      classifyStorageError(new Dexie.OpenFailedError('open failed', named('VersionError'))),
    ).toBe('version');
    expect(classifyStorageError(new SchemaTooNewError(3, 1))).toBe('version');
    expect(classifyStorageError(new DatabaseOutdatedError())).toBe('version');
  });

  it('reports storage that cannot be used as unavailable', () => {
    expect(classifyStorageError(new Dexie.MissingAPIError('no indexedDB'))).toBe('unavailable');
    expect(classifyStorageError(new Dexie.DatabaseClosedError())).toBe('unavailable');
    expect(classifyStorageError(new DOMException('denied', 'SecurityError'))).toBe('unavailable');
    expect(
      classifyStorageError(
        new Dexie.OpenFailedError('open', new DOMException('backing store', 'UnknownError')),
      ),
    ).toBe('unavailable');
  });

  it('calls anything else unknown, including values that are not errors', () => {
    expect(classifyStorageError(new Dexie.ConstraintError('key exists'))).toBe('unknown');
    expect(classifyStorageError(new TypeError('boom'))).toBe('unknown');
    expect(classifyStorageError('a string')).toBe('unknown');
    expect(classifyStorageError(null)).toBe('unknown');
    expect(classifyStorageError(undefined)).toBe('unknown');
  });

  it('does not loop on an error whose inner points back at itself', () => {
    const error: { name: string; inner?: unknown } = { name: 'AbortError' };
    error.inner = error;
    expect(classifyStorageError(error)).toBe('unknown');
  });
});
