/** Reliability Table 1, row 7: an edit from a stale copy keeps what another window wrote. */
import { describe, expect, it } from 'vitest';
import { rebaseRecord, sameValue } from '../../../src/domain/rebaseRecord';
import { at, makeNote, makeRootCause } from '../../factories/makeRecords';

describe('rebaseRecord', () => {
  it('writes only the fields the edit changed over the stored record', () => {
    const base = makeNote({ text: 'Old text', category: 'gap', updatedAt: at(1) });
    const stored = { ...base, text: 'Their text', updatedAt: at(2) };
    const record = { ...base, category: 'idea' as const, updatedAt: at(3) };
    expect(rebaseRecord(stored, base, record)).toEqual({
      ...base,
      text: 'Their text',
      category: 'idea',
      updatedAt: at(3),
    });
  });

  it('lets the later edit win a field both changed', () => {
    const base = makeNote({ text: 'Old' });
    expect(rebaseRecord({ ...base, text: 'First' }, base, { ...base, text: 'Second' }).text).toBe(
      'Second',
    );
  });

  it('compares arrays and objects by value, and takes a changed one whole', () => {
    const base = makeRootCause({ whys: ['a', 'b'], noteIds: ['n1'] });
    const stored = { ...base, noteIds: ['n1', 'n2'] };
    // A copy of an unchanged array is not a change; the edited one replaces the stored one.
    const record = { ...base, whys: ['a', 'b', 'c'], noteIds: [...base.noteIds] };
    expect(rebaseRecord(stored, base, record)).toEqual({
      ...base,
      whys: ['a', 'b', 'c'],
      noteIds: ['n1', 'n2'],
    });
  });

  it('removes a field the edit removed and keeps one only the stored record has', () => {
    const base: Record<string, unknown> = { id: 'x', a: 1, b: 2 };
    const stored = { id: 'x', a: 1, b: 2, c: 3 };
    expect(rebaseRecord(stored, base, { id: 'x', a: 1 })).toEqual({ id: 'x', a: 1, c: 3 });
  });

  it('is the edited record when nothing else changed it', () => {
    const base = makeNote();
    const record = { ...base, text: 'New', offsetY: -40 };
    expect(rebaseRecord(base, base, record)).toEqual(record);
  });
});

describe('sameValue', () => {
  it('is structural equality of plain data', () => {
    expect(sameValue({ a: [1, { b: null }] }, { a: [1, { b: null }] })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameValue([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(sameValue(Number.NaN, Number.NaN)).toBe(true);
    expect(sameValue(null, {})).toBe(false);
    expect(sameValue('1', 1)).toBe(false);
  });
});
