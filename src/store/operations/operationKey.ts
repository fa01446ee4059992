import type { Operation } from '../../domain/reviewGateway';

/** The record an operation touches (`communication:<id>`): a put and a delete share it. */
export function operationKey(op: Operation): string {
  switch (op.type) {
    case 'put-review':
      return `review:${op.record.id}`;
    case 'put-incident':
      return `incident:${op.record.id}`;
    case 'put-channel':
      return `channel:${op.record.id}`;
    case 'put-communication':
      return `communication:${op.record.id}`;
    case 'put-phase':
      return `phase:${op.record.id}`;
    case 'put-note':
      return `note:${op.record.id}`;
    case 'delete-channel':
      return `channel:${op.id}`;
    case 'delete-communication':
      return `communication:${op.id}`;
    case 'delete-phase':
      return `phase:${op.id}`;
    case 'delete-note':
      return `note:${op.id}`;
  }
}
