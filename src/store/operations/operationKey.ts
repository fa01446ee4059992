import type { Operation } from '../../domain/reviewGateway';

/** The record an operation touches (`communications:<id>`): a put and a delete share it. */
export function operationKey(op: Operation): string {
  switch (op.type) {
    case 'put-review':
      return `review:${op.record.id}`;
    case 'put-incident':
      return `incident:${op.record.id}`;
    case 'put-session':
      return `session:${op.record.id}`;
    case 'put-preparation':
      return `preparation:${op.record.id}`;
    case 'put':
      return `${op.collection}:${op.record.id}`;
    case 'delete':
      return `${op.collection}:${op.id}`;
  }
}
