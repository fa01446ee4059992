/**
 * Reliability Table 1, row 7: each put of an edit carries the record as memory held it
 * (its base), so storage writes only what the edit changed; a failed write sent again with
 * a later edit of the same record keeps the first base, so no changed field is left out.
 */
import { describe, expect, it } from 'vitest';
import { putRecord, deleteRecord } from '../../../src/domain/reviewGateway';
import { applyOperations } from '../../../src/store/operations/applyOperations';
import { withBase, withBases } from '../../../src/store/operations/withBases';
import { coalesceOperation } from '../../../src/store/saving/coalesceOperation';
import { makeCommunication } from '../../factories/makeRecords';
import { makeReviewData } from '../persistence/makeReviewData';

describe('withBases', () => {
  it('bases an edit on the record in memory, and a new record on nothing', () => {
    const data = makeReviewData();
    const c1 = data.communications[0]!;
    const added = makeCommunication({ reviewId: data.review.id });
    const [edit, add, review, gone] = withBases(data, [
      putRecord('communications', { ...c1, text: 'Edited' }),
      putRecord('communications', added),
      { type: 'put-review', record: { ...data.review, title: 'New' } },
      deleteRecord('notes', data.notes[0]!.id),
    ]);
    expect(edit).toMatchObject({ base: c1 });
    expect(add).not.toHaveProperty('base');
    expect(review).toMatchObject({ base: data.review });
    expect(gone).toEqual(deleteRecord('notes', data.notes[0]!.id));
  });

  it('bases a second put of the same record on the first, within one action', () => {
    const data = makeReviewData();
    const c1 = data.communications[0]!;
    const first = { ...c1, text: 'First' };
    const [, second] = withBases(data, [
      putRecord('communications', first),
      putRecord('communications', { ...first, author: 'Second' }),
    ]);
    expect(second).toMatchObject({ base: first });
  });

  it('changes nothing in memory: applied with bases or without, the review is the same', () => {
    const data = makeReviewData();
    const ops = [
      putRecord('communications', { ...data.communications[0]!, text: 'Edited' }),
      { type: 'put-incident' as const, record: { ...data.incident, title: 'Renamed' } },
    ];
    expect(applyOperations(data, withBases(data, ops))).toEqual(applyOperations(data, ops));
  });
});

describe('coalesceOperation (an unsaved edit, then another of the same record)', () => {
  const c1 = makeCommunication({ text: 'Stored' });
  const afterFirst = { ...c1, author: 'Ana' };
  const afterSecond = { ...afterFirst, kind: 'internal' as const };
  const first = withBase(putRecord('communications', afterFirst), c1);
  const second = withBase(putRecord('communications', afterSecond), afterFirst);

  it('keeps the first edit’s base with the latest record', () => {
    expect(coalesceOperation(first, second)).toEqual({
      ...putRecord('communications', afterSecond),
      base: c1,
    });
  });

  it('writes the record whole after an unsaved add or delete, and a delete as it is', () => {
    const add = putRecord('communications', afterFirst);
    expect(coalesceOperation(add, second)).not.toHaveProperty('base');
    expect(coalesceOperation(deleteRecord('communications', c1.id), second)).toEqual(second);
    const remove = deleteRecord('communications', c1.id);
    expect(coalesceOperation(first, remove)).toEqual(remove);
    expect(coalesceOperation(undefined, second)).toEqual(second);
  });
});
