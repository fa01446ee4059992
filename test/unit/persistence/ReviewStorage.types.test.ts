/**
 * Persistence may not import the store, so it mirrors the store's gateway types
 * (src/persistence/ReviewStorage.ts). These checks fail `tsc` if the two drift apart.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { DexieReviewGateway } from '../../../src/persistence/DexieReviewGateway';
import type { MemoryReviewGateway } from '../../../src/persistence/MemoryReviewGateway';
import type { OpenedGateway } from '../../../src/persistence/openGateway';
import type {
  StorageOperation,
  StoredReviewListItem,
} from '../../../src/persistence/ReviewStorage';
import type { StorageErrorKind } from '../../../src/persistence/classifyStorageError';
import type { StorageErrorKind as StoreErrorKind } from '../../../src/store/AppState';
import type { Operation, ReviewGateway, ReviewListItem } from '../../../src/store/gateway';

describe('persistence implements the store gateway', () => {
  it('uses the very same operation and list item types', () => {
    expectTypeOf<StorageOperation>().toEqualTypeOf<Operation>();
    expectTypeOf<StoredReviewListItem>().toEqualTypeOf<ReviewListItem>();
  });

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
