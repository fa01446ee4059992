// checks.md, Details: repeat similarity = 2·LCS / (|a| + |b|) over lowercased word tokens.
import { describe, expect, it } from 'vitest';
import { similarity } from '../../../../../src/domain/checks/text/similarity';
import { wordTokens } from '../../../../../src/domain/checks/text/wordTokens';

const sim = (a: string, b: string): number => similarity(wordTokens(a), wordTokens(b));

describe('similarity', () => {
  it('is 1 for the same words, whatever the case and punctuation', () => {
    expect(sim('We are investigating.', 'we ARE investigating')).toBe(1);
    expect(sim('', '')).toBe(1);
  });

  it('is 2·LCS / (|a| + |b|)', () => {
    // LCS of [a b c d] and [a c d e] is [a c d]: 6 / 8.
    expect(sim('a b c d', 'a c d e')).toBe(0.75);
    expect(sim('a b', 'c d')).toBe(0);
  });

  it('tokens are Unicode words: accents are kept', () => {
    expect(wordTokens('Próxima actualización, 30 min')).toEqual([
      'próxima',
      'actualización',
      '30',
      'min',
    ]);
  });

  it('real repeats score above 0.8, rewrites that add facts below', () => {
    const a =
      'We are investigating delays in CI builds for customers on the Team plan. Next update in 30 minutes.';
    expect(sim(a, a.replace('30', '45'))).toBeGreaterThan(0.8);
    const rewrite =
      'Builds for Team plan customers run 20 minutes late because a build server ran out of disk; we are adding capacity.';
    expect(sim(a, rewrite)).toBeLessThan(0.5);
  });

  it('returns the length bound when it is below the minimum asked for', () => {
    expect(similarity(['a'], ['a', 'b', 'c', 'd', 'e'], 0.8)).toBeCloseTo(2 / 6);
  });
});
