/** node:util `parseArgs` errors, cut to one line and worded for a person. */
export function parseArgsReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = error instanceof Error && 'code' in error ? error.code : null;
  const name = /'(-[^', ]*)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option '${name}'`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return message.includes('does not take an argument')
      ? `option '${name}' takes no value`
      : `option '${name}' needs a value`;
  }
  const firstLine = message.split('\n')[0] ?? message;
  return firstLine.replace(/\.$/, '');
}

/** Whether `value` is one of `allowed` (narrowing it). */
export function isOneOf<T extends string>(value: string, allowed: readonly T[]): value is T {
  return (allowed as readonly string[]).includes(value);
}
