/**
 * The message checks' rule ids (`../shared/spec/checks.md`, "The rules"), in the order the
 * spec lists them. Stable: they appear in JSON, in the CLI and in tests.
 */
export const RULE_IDS = [
  'late-acknowledgement',
  'non-apology',
  'no-next-update',
  'broken-promise',
  'internal-cause',
  'no-scope',
  'no-workaround',
  'over-promise',
  'blame',
  'repeat',
  'unclear-resolution',
  'no-follow-up',
  'inconsistent-channels',
] as const;

export type RuleId = (typeof RULE_IDS)[number];
