/**
 * One validation issue as a JSON Pointer plus a short English reason. `zod/mini` ships
 * no messages (they would cost bundle size), so the reason is built from the issue.
 */
import { pointerSegment } from './findForbiddenKey';

export interface SchemaIssueLike {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly expected?: unknown;
  readonly maximum?: unknown;
  readonly minimum?: unknown;
  readonly origin?: unknown;
  readonly values?: readonly unknown[];
}

export interface DescribedIssue {
  readonly path: string;
  readonly reason: string;
}

export function describeSchemaIssue(issue: SchemaIssueLike): DescribedIssue {
  const path = issue.path.map((key) => `/${pointerSegment(String(key))}`).join('');
  return { path, reason: reasonOf(issue) };
}

function reasonOf(issue: SchemaIssueLike): string {
  const long = issue.origin === 'string' || issue.origin === 'array';
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${String(issue.expected)}`;
    case 'too_big':
      return long
        ? `longer than ${String(issue.maximum)}`
        : `greater than ${String(issue.maximum)}`;
    case 'too_small':
      return long ? `shorter than ${String(issue.minimum)}` : `less than ${String(issue.minimum)}`;
    case 'invalid_value':
      return `must be one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return issue.message === 'Invalid input' ? 'invalid value' : issue.message;
  }
}
