/**
 * Both storage implementations fit the domain's `ReviewGateway` port that the store uses;
 * `tsc` fails if a signature drifts.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { ReviewGateway } from '../../../src/domain/reviewGateway';
import type { DexieReviewGateway } from '../../../src/persistence/DexieReviewGateway';
import type { MemoryReviewGateway } from '../../../src/persistence/MemoryReviewGateway';
import type { OpenedGateway } from '../../../src/persistence/openGateway';
import type { StorageErrorKind } from '../../../src/persistence/classifyStorageError';
import type { StorageErrorKind as StoreErrorKind } from '../../../src/store/AppState';

describe('persistence implements the store gateway', () => {
  it('classifies errors into the kinds the store shows', () => {
    expectTypeOf<StorageErrorKind>().toEqualTypeOf<StoreErrorKind>();
  });

  it('offers every gateway method with the same signature', () => {
    expectTypeOf<DexieReviewGateway>().toExtend<ReviewGateway>();
    expectTypeOf<MemoryReviewGateway>().toExtend<ReviewGateway>();
    expectTypeOf<OpenedGateway['gateway']>().toExtend<ReviewGateway>();
    expectTypeOf<Parameters<DexieReviewGateway['apply']>>().toEqualTypeOf<
      Parameters<ReviewGateway['apply']>
    >();
    expectTypeOf<Parameters<MemoryReviewGateway['apply']>>().toEqualTypeOf<
      Parameters<ReviewGateway['apply']>
    >();
  });
});
