import { describeSchemaIssue } from '../../domain/schema/describeSchemaIssue';
import type { z } from '../../domain/schema/zod';

/**
 * The record, checked against the Gapline file's schema for its kind: the store never
 * holds what a backup could not restore (strict inside). Throws a RangeError naming the
 * field otherwise.
 */
export function validRecord<T>(schema: z.ZodMiniType, record: T, what: string): T {
  const result = schema.safeParse(record);
  if (result.success) return record;
  const issue = result.error.issues[0];
  const { path, reason } =
    issue === undefined ? { path: '', reason: 'invalid' } : describeSchemaIssue(issue);
  throw new RangeError(`Invalid ${what}${path === '' ? '' : ` at ${path}`}: ${reason}.`);
}
