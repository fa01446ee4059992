import type { Target } from '../domain/model';

const TARGET = /^\s*(\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?)\s*$/;

/**
 * Reads `--target IDEAL/MAX` (`20/30`): two positive numbers of minutes, ideal ≤ max.
 * Returns the target, or the reason it is not one.
 */
export function parseTarget(value: string): Target | { readonly error: string } {
  const m = TARGET.exec(value);
  if (m === null) {
    return { error: `--target must be IDEAL/MAX in minutes, such as 20/30 (got '${value}')` };
  }
  const ideal = Number(m[1]);
  const max = Number(m[2]);
  if (!(ideal > 0) || !(max > 0)) {
    return { error: `--target minutes must be positive (got '${value}')` };
  }
  if (ideal > max) {
    return { error: `--target ideal must not exceed max (got '${value}')` };
  }
  return { ideal, max };
}
