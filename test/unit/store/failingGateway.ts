import type { ReviewGateway } from '../../../src/domain/reviewGateway';

/** A gateway whose writes fail like a full disk (Dexie AbortError with a quota inner) while `failing`. */
export function failingWrites(gateway: ReviewGateway): ReviewGateway & { failing: boolean } {
  const quota = (): Error =>
    Object.assign(new Error('Transaction aborted: quota exceeded'), {
      name: 'AbortError',
      inner: new DOMException('Quota exceeded', 'QuotaExceededError'),
    });
  const wrapped = {
    failing: true,
    listReviews: () => gateway.listReviews(),
    loadReview: (id: string) => gateway.loadReview(id),
    createReview: (data: Parameters<ReviewGateway['createReview']>[0]) =>
      wrapped.failing ? Promise.reject(quota()) : gateway.createReview(data),
    apply: (id: string, ops: Parameters<ReviewGateway['apply']>[1]) =>
      wrapped.failing ? Promise.reject(quota()) : gateway.apply(id, ops),
    deleteReview: (id: string) =>
      wrapped.failing ? Promise.reject(quota()) : gateway.deleteReview(id),
  };
  return wrapped;
}
