/**
 * Reliability G10, through the import pipeline the app uses: a review backed up as a
 * Gapline file, and every review backed up as one Gapline backup, come back from
 * `importFile` (and from the import worker's protocol) exactly as they were, ids included.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS, type ReviewData } from '../../../../src/domain/model';
import { serializeBackup } from '../../../../src/domain/schema/serializeBackup';
import { serializeReview } from '../../../../src/domain/schema/serializeReview';
import type { ImportResult } from '../../../../src/import/contract';
import { importFile } from '../../../../src/import/importFile';
import {
  adoptWorkerResult,
  handleImportRequest,
  toImportRequest,
} from '../../../../src/import/workerProtocol';
import { makeImportOptions } from '../../../factories/makeImportOptions';
import { reviewDataArbitrary } from '../../domain/schema/reviewDataArbitrary';

const EXPORTED_AT = Date.parse('2026-11-24T09:00:00.000Z');

/** Every id of a review (review, incident, session, preparation, records). */
function idsOf(data: ReviewData): string[] {
  return [
    data.review.id,
    data.incident.id,
    ...(data.session === null ? [] : [data.session.id]),
    ...(data.preparation === null ? [] : [data.preparation.id]),
    ...COLLECTIONS.flatMap((name) => (data[name] as readonly { id: string }[]).map((r) => r.id)),
  ];
}

/** Several random reviews whose ids are all distinct, as in one browser. */
const reviewsArbitrary = fc.array(reviewDataArbitrary, { maxLength: 4 }).filter((reviews) => {
  const ids = reviews.flatMap(idsOf);
  return new Set(ids).size === ids.length;
});

function importedData(result: ImportResult, format: string): ReviewData[] {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  expect(result.format).toBe(format);
  expect(result.rejected).toEqual([]);
  return result.incidents.map((i) => i.data);
}

/** What the app gets back when the import ran in its worker (ids are adopted after). */
function viaWorker(text: string): ImportResult {
  const options = makeImportOptions();
  const request = toImportRequest(text, 'backup.json', options);
  const answer = handleImportRequest(request);
  // The worker's answer crosses a structured clone.
  return adoptWorkerResult(structuredClone(answer), request, options.newId);
}

describe('backup → import gives back the same reviews', () => {
  it('one review: serializeReview → importFile, 300 random reviews', () => {
    fc.assert(
      fc.property(reviewDataArbitrary, (data) => {
        const text = serializeReview(data, EXPORTED_AT);
        const [back, ...none] = importedData(
          importFile(text, 'review.gapline.json', makeImportOptions()),
          'gapline',
        );
        expect(none).toEqual([]);
        expect(back).toStrictEqual(data);
      }),
      { numRuns: 300 },
    );
  });

  it('all reviews: serializeBackup → importFile, 200 random sets of reviews', () => {
    fc.assert(
      fc.property(reviewsArbitrary, (reviews) => {
        const text = serializeBackup(reviews, EXPORTED_AT);
        const back = importedData(
          importFile(text, 'backup.json', makeImportOptions()),
          'gapline-backup',
        );
        expect(back).toStrictEqual(reviews);
      }),
      { numRuns: 200 },
    );
  });

  it('the worker keeps the ids of Gapline files and backups', () => {
    fc.assert(
      fc.property(reviewsArbitrary, (reviews) => {
        const backup = serializeBackup(reviews, EXPORTED_AT);
        expect(importedData(viaWorker(backup), 'gapline-backup')).toStrictEqual(reviews);
        for (const data of reviews) {
          const [one] = importedData(viaWorker(serializeReview(data)), 'gapline');
          expect(one).toStrictEqual(data);
        }
      }),
      { numRuns: 50 },
    );
  });
});
