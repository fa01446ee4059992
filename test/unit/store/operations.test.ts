/** The operations list: applied in memory, inverted for undo, keyed per record. */
import { describe, expect, it } from 'vitest';
import type { Operation } from '../../../src/domain/reviewGateway';
import { applyOperations } from '../../../src/store/operations/applyOperations';
import { inverseOperations } from '../../../src/store/operations/inverseOperations';
import { operationKey } from '../../../src/store/operations/operationKey';
import { rederiveInstants } from '../../../src/store/operations/rederiveInstants';
import { at, makeCommunication } from '../../factories/makeRecords';
import { makeReviewData } from '../persistence/makeReviewData';

describe('applyOperations', () => {
  it('replaces, adds and deletes records and leaves untouched collections as they were', () => {
    const data = makeReviewData();
    const [c1, c2] = data.communications;
    const added = makeCommunication({ reviewId: data.review.id, channelId: data.channels[0]!.id });
    const next = applyOperations(data, [
      { type: 'put', collection: 'communications', record: { ...c1!, text: 'Edited' } },
      { type: 'put', collection: 'communications', record: added },
      { type: 'delete', collection: 'communications', id: c2!.id },
    ]);
    expect(next.communications.map((c) => c.id)).toEqual([
      c1!.id,
      data.communications[2]!.id,
      added.id,
    ]);
    expect(next.communications[0]?.text).toBe('Edited');
    expect(next.channels).toBe(data.channels);
    expect(next.phases).toBe(data.phases);
    expect(data.communications).toHaveLength(3);
  });

  it('ignores a delete of a record that is not there', () => {
    const data = makeReviewData();
    const next = applyOperations(data, [{ type: 'delete', collection: 'phases', id: 'nope' }]);
    expect(next.phases).toBe(data.phases);
  });
});

describe('inverseOperations', () => {
  it('undoes a mixed action exactly', () => {
    const data = makeReviewData();
    const channel = { id: 'ch-new', reviewId: data.review.id, name: 'Social', updatedAt: at(1) };
    const operations: Operation[] = [
      { type: 'put', collection: 'channels', record: channel },
      {
        type: 'put',
        collection: 'communications',
        record: { ...data.communications[0]!, channelId: channel.id },
      },
      {
        type: 'put',
        collection: 'communications',
        record: { ...data.communications[0]!, text: 'twice' },
      },
      { type: 'delete', collection: 'communications', id: data.communications[1]!.id },
      { type: 'delete', collection: 'channels', id: data.channels[1]!.id },
      { type: 'put-incident', record: { ...data.incident, title: 'Other' } },
      { type: 'put', collection: 'phases', record: { ...data.phases[0]!, end: at(99) } },
      { type: 'delete', collection: 'phases', id: data.phases[0]!.id },
      { type: 'put-review', record: { ...data.review, title: 'Renamed' } },
    ];
    const after = applyOperations(data, operations);
    const restored = applyOperations(after, inverseOperations(data, operations));
    const byId = <T extends { id: string }>(rows: readonly T[]) =>
      [...rows].sort((a, b) => a.id.localeCompare(b.id));
    expect(restored.review).toEqual(data.review);
    expect(restored.incident).toEqual(data.incident);
    expect(byId(restored.channels)).toEqual(byId(data.channels));
    expect(byId(restored.communications)).toEqual(byId(data.communications));
    expect(byId(restored.phases)).toEqual(byId(data.phases));
  });
});

describe('operationKey', () => {
  it('gives a put and a delete of one record the same key, and different records different keys', () => {
    const c = makeCommunication();
    expect(operationKey({ type: 'put', collection: 'communications', record: c })).toBe(
      operationKey({ type: 'delete', collection: 'communications', id: c.id }),
    );
    expect(operationKey({ type: 'delete', collection: 'channels', id: c.id })).not.toBe(
      operationKey({ type: 'delete', collection: 'communications', id: c.id }),
    );
  });
});

describe('rederiveInstants (spec gaps.md, Terms: display_at or created_at)', () => {
  const times = (display: number | null, created: number | null) => ({
    displayAt: display === null ? null : { ms: display, offsetMinutes: 0 },
    createdAt: created === null ? null : { ms: created, offsetMinutes: -300 },
  });

  it('switches to the chosen time, falls back to the other, and skips communications without times', () => {
    const both = makeCommunication({ instant: at(10), sourceTimes: times(at(10), at(12)) });
    const displayOnly = makeCommunication({ instant: at(20), sourceTimes: times(at(20), null) });
    const manual = makeCommunication({ instant: at(30) });
    const changed = rederiveInstants([both, displayOnly, manual], 'created_at', at(500));
    expect(changed).toEqual([
      { ...both, instant: at(12), offsetMinutes: -300, updatedAt: at(500) },
    ]);
    expect(rederiveInstants(changed, 'display_at', at(600))).toEqual([
      { ...both, instant: at(10), offsetMinutes: 0, updatedAt: at(600) },
    ]);
  });
});
