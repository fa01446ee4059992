/**
 * What kind of storage failure an error is, for the save banner (reliability Table 1,
 * rows 3, 6, 8, 9, 13). Dexie wraps the browser's error: a transaction that failed
 * because the disk or quota is full rejects with `AbortError` whose `inner` is the
 * `QuotaExceededError` (Dexie#776); a bulk write reports its failures in `failures`.
 */
export type StorageErrorKind = 'quota' | 'version' | 'unavailable' | 'unknown';

const QUOTA_NAMES = new Set([
  'QuotaExceededError',
  'NS_ERROR_DOM_QUOTA_REACHED',
  'NS_ERROR_FILE_NO_DEVICE_SPACE',
]);

const VERSION_NAMES = new Set([
  'VersionError',
  'UpgradeError',
  'SchemaTooNewError',
  'DatabaseOutdatedError',
]);

const UNAVAILABLE_NAMES = new Set([
  'MissingAPIError',
  'DatabaseClosedError',
  'InvalidStateError',
  'SecurityError',
  'UnknownError',
  'OpenFailedError',
  'NotAllowedError',
]);

/** DOMException code 22 is QUOTA_EXCEEDED_ERR (old WebKit reports only the code). */
const QUOTA_CODE = 22;

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

/** The error itself, its `inner` chain, its `cause` chain and a Dexie BulkError's failures. */
function collectErrors(error: unknown, into: unknown[] = [], depth = 0): unknown[] {
  if (error === undefined || error === null || depth > 8 || into.includes(error)) return into;
  into.push(error);
  collectErrors(field(error, 'inner'), into, depth + 1);
  collectErrors(field(error, 'cause'), into, depth + 1);
  const failures = field(error, 'failures');
  if (Array.isArray(failures)) {
    for (const failure of failures) collectErrors(failure, into, depth + 1);
  }
  return into;
}

export function classifyStorageError(error: unknown): StorageErrorKind {
  const errors = collectErrors(error);
  const names = errors
    .map((e) => field(e, 'name'))
    .filter((n): n is string => typeof n === 'string');
  const isQuota =
    names.some((n) => QUOTA_NAMES.has(n)) || errors.some((e) => field(e, 'code') === QUOTA_CODE);
  if (isQuota) return 'quota';
  if (names.some((n) => VERSION_NAMES.has(n))) return 'version';
  if (names.some((n) => UNAVAILABLE_NAMES.has(n))) return 'unavailable';
  return 'unknown';
}
