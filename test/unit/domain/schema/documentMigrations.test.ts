/**
 * Architecture rule 4: versioned data, named migrations, each tested. Every format version
 * below the current one has a migration, and every version has a saved fixture that reads
 * into the current model.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CURRENT_DOCUMENT_VERSION,
  DOCUMENT_MIGRATIONS,
  migrateDocument,
  type DocumentMigration,
} from '../../../../src/domain/schema/documentMigrations';
import { parseReviewDocument } from '../../../../src/domain/schema/parseReviewDocument';

const versions = Array.from({ length: CURRENT_DOCUMENT_VERSION }, (_, i) => i + 1);

describe('Gapline file format versions', () => {
  it.each(versions)('version %i has a fixture that reads into the current model', (version) => {
    const path = `test/fixtures/gapline-v${version}.json`;
    expect(existsSync(path)).toBe(true);
    const parsed = parseReviewDocument(readFileSync(path, 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.fromVersion).toBe(version);
    expect(parsed.data.communications.length).toBeGreaterThan(0);
  });

  it('has a migration from every older version and none from the current one onwards', () => {
    for (const version of versions.slice(0, -1)) {
      expect(DOCUMENT_MIGRATIONS[version]?.name, `migration from v${version}`).toBeTruthy();
    }
    const keys = Object.keys(DOCUMENT_MIGRATIONS).map(Number);
    expect(keys.every((v) => v >= 1 && v < CURRENT_DOCUMENT_VERSION)).toBe(true);
  });
});

describe('migrateDocument (the mechanism, with a made-up table)', () => {
  const table: Record<number, DocumentMigration> = {
    1: {
      name: 'rename notes to comments',
      up: ({ notes, ...rest }) => ({ ...rest, comments: notes, version: 2 }),
    },
    2: { name: 'add tags', up: (doc) => ({ ...doc, tags: [], version: 3 }) },
  };

  it('applies each named step in order', () => {
    const result = migrateDocument({ version: 1, notes: ['a'] }, table, 3);
    expect(result).toEqual({
      ok: true,
      document: { version: 3, comments: ['a'], tags: [] },
      fromVersion: 1,
    });
    expect(migrateDocument({ version: 3, x: 1 }, table, 3)).toEqual({
      ok: true,
      document: { version: 3, x: 1 },
      fromVersion: 3,
    });
  });

  it('refuses newer, missing, broken and invalid versions', () => {
    const message = (r: ReturnType<typeof migrateDocument>) => (r.ok ? 'ok' : r.message);
    expect(message(migrateDocument({ version: 4 }, table, 3))).toMatch(
      /version 4, made by a newer Gapline/,
    );
    expect(message(migrateDocument({ version: 1 }, { 2: table[2] as DocumentMigration }, 3))).toBe(
      'No migration from format version 1 to 2.',
    );
    const broken = { 1: { name: 'forgets the version', up: (d: object) => ({ ...d }) } };
    expect(message(migrateDocument({ version: 1 }, broken, 2))).toBe(
      'Migration "forgets the version" did not produce version 2.',
    );
    for (const version of [0, 1.5, '1', null, undefined]) {
      expect(message(migrateDocument({ version }, table, 3))).toBe(
        'The file has no valid format version.',
      );
    }
  });
});
