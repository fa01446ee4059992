/**
 * The Gapline backup (every review of a browser in one file): its envelope is versioned
 * like the review document (a fixture per version, a named migration from every older
 * one); each review inside is a Gapline file of its own version; a backup whose reviews
 * could not all be written side by side is refused with a JSON Pointer.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BACKUP_MIGRATIONS,
  CURRENT_BACKUP_VERSION,
} from '../../../../src/domain/schema/backupDocumentSchema';
import { parseBackupDocument } from '../../../../src/domain/schema/parseBackupDocument';
import { parseReviewDocument } from '../../../../src/domain/schema/parseReviewDocument';
import { serializeBackup } from '../../../../src/domain/schema/serializeBackup';

const versions = Array.from({ length: CURRENT_BACKUP_VERSION }, (_, i) => i + 1);
const fixture = readFileSync('test/fixtures/gapline-backup-v1.json', 'utf8');
const fixtureDoc = () => JSON.parse(fixture) as { reviews: Record<string, unknown>[] };

const errorOf = (text: string) => {
  const read = parseBackupDocument(text);
  if (read.ok) throw new Error('expected an error');
  return read.error;
};

describe('Gapline backup format versions', () => {
  it.each(versions)('version %i has a fixture that reads into the current model', (version) => {
    const path = `test/fixtures/gapline-backup-v${version}.json`;
    expect(existsSync(path)).toBe(true);
    const read = parseBackupDocument(readFileSync(path, 'utf8'));
    if (!read.ok) throw new Error(read.error.message);
    expect(read.fromVersion).toBe(version);
    expect(read.reviews.length).toBeGreaterThan(1);
  });

  it('has a migration from every older version and none from the current one onwards', () => {
    for (const version of versions.slice(0, -1)) {
      expect(BACKUP_MIGRATIONS[version]?.name, `migration from v${version}`).toBeTruthy();
    }
    const keys = Object.keys(BACKUP_MIGRATIONS).map(Number);
    expect(keys.every((v) => v >= 1 && v < CURRENT_BACKUP_VERSION)).toBe(true);
  });
});

describe('parseBackupDocument', () => {
  it('reads each review as the Gapline file it is, older formats migrated', () => {
    const read = parseBackupDocument(fixture);
    if (!read.ok) throw new Error(read.error.message);
    const [card, login] = read.reviews;
    // The first is the version-3 fixture, whole.
    const v3 = parseReviewDocument(readFileSync('test/fixtures/gapline-v3.json', 'utf8'));
    expect(v3.ok && card).toStrictEqual(v3.ok && v3.data);
    expect(card?.attachments).toHaveLength(1);
    // The second was a version-2 file: it gained the (empty) workshop.
    expect(login?.review.title).toBe('Login failures (an older file)');
    expect(login?.session).toBeNull();
    expect(login?.actions).toEqual([]);
    expect(login?.communications.length).toBeGreaterThan(0);
  });

  it('writes what it reads: serialize → parse → serialize is the same text', () => {
    const read = parseBackupDocument(fixture);
    if (!read.ok) throw new Error(read.error.message);
    const text = serializeBackup(read.reviews, Date.parse('2026-11-24T09:00:00.000Z'));
    const again = parseBackupDocument(text);
    expect(again.ok && again.reviews).toStrictEqual(read.reviews);
    expect(again.ok && serializeBackup(again.reviews, Date.parse('2026-11-24T09:00:00.000Z'))).toBe(
      text,
    );
    expect(JSON.parse(text)).toMatchObject({ type: 'gapline-backup', version: 1 });
  });

  it('an empty backup is a backup of no reviews', () => {
    const read = parseBackupDocument(serializeBackup([], 0));
    expect(read).toEqual({ ok: true, reviews: [], fromVersion: 1 });
  });

  it('refuses what is not a backup, a newer version, a bad envelope, a forbidden key', () => {
    expect(errorOf('{"type":"gapline","version":3}').code).toBe('not-gapline');
    expect(errorOf('[]').code).toBe('not-gapline');
    expect(errorOf('{').code).toBe('invalid-json');
    const newer = errorOf(JSON.stringify({ ...fixtureDoc(), version: 2 }));
    expect(newer).toMatchObject({ code: 'unsupported-version', path: '/version' });
    expect(newer.message).toMatch(/made by a newer Gapline/);
    expect(errorOf(JSON.stringify({ ...fixtureDoc(), reviews: {} }))).toMatchObject({
      code: 'invalid-document',
      path: '/reviews',
    });
    const polluted = fixture.replace('"reviews": [', '"reviews": [{"__proto__": {"x": 1}},');
    expect(errorOf(polluted)).toMatchObject({
      code: 'invalid-document',
      path: '/reviews/0/__proto__',
    });
  });

  it('points at the review that is wrong, inside the backup', () => {
    const doc = fixtureDoc();
    const second = doc.reviews[1] as { channels: unknown[] };
    second.channels = [];
    const error = errorOf(JSON.stringify(doc));
    expect(error.code).toBe('invalid-document');
    expect(error.path).toMatch(/^\/reviews\/1\/communications\/0\/channelId$/);
    expect(error.message).toMatch(
      /^Invalid Gapline backup at \/reviews\/1\/communications\/0\/channelId: no channel/,
    );
    const notReview = errorOf(JSON.stringify({ ...doc, reviews: [{ type: 'other' }] }));
    expect(notReview).toMatchObject({ code: 'invalid-document', path: '/reviews/0' });
    const newerReview = fixtureDoc();
    (newerReview.reviews[0] as { version: number }).version = 9;
    expect(errorOf(JSON.stringify(newerReview))).toMatchObject({
      code: 'unsupported-version',
      path: '/reviews/0/version',
    });
  });

  it('refuses two reviews that share an id, or a record id', () => {
    const doc = fixtureDoc();
    const twice = errorOf(JSON.stringify({ ...doc, reviews: [doc.reviews[0], doc.reviews[0]] }));
    expect(twice).toMatchObject({ code: 'invalid-document', path: '/reviews/1/review/id' });
    expect(twice.message).toMatch(/is used by an earlier review/);
    type Doc = { communications: { id: string }[] };
    const [first, second] = doc.reviews as unknown as [Doc, Doc];
    const shared = first.communications[0]?.id ?? '';
    second.communications[0] = { ...second.communications[0], id: shared };
    expect(errorOf(JSON.stringify(doc))).toMatchObject({
      code: 'invalid-document',
      path: '/reviews/1/communications/0/id',
    });
  });
});
