/**
 * Precision first (`../shared/spec/checks.md`): the checks over the labelled set of
 * `test/fixtures/checks` (English and Spanish incidents, every message labelled with the
 * rules that should fire on it). Prints precision and recall per rule and per language, and
 * fails when any rule drops below 0.9 precision (or below 0.7 recall: the rules must find
 * what they are for, too).
 */
import { describe, expect, it } from 'vitest';
import { checkMessages } from '../../../../src/domain/checks/checkMessages';
import { RULE_IDS, type RuleId } from '../../../../src/domain/checks/ruleIds';
import { LABELLED_ENGLISH } from '../../../fixtures/checks/labelledEnglish';
import { LABELLED_SPANISH } from '../../../fixtures/checks/labelledSpanish';
import type { LabelledIncident } from '../../../fixtures/checks/labelledTypes';
import { toCheckInput } from '../../../fixtures/checks/toCheckInput';

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

interface Scored {
  readonly tallies: Record<RuleId, Tally>;
  readonly mistakes: string[];
}

function score(set: readonly LabelledIncident[]): Scored {
  const tallies = Object.fromEntries(RULE_IDS.map((r) => [r, { tp: 0, fp: 0, fn: 0 }])) as Record<
    RuleId,
    Tally
  >;
  const mistakes: string[] = [];
  for (const incident of set) {
    const findings = checkMessages(toCheckInput(incident), { language: 'en' });
    const targets: { id: string | null; label: string; expect: readonly RuleId[] }[] = [
      ...incident.messages.map((m, i) => ({
        id: `m${i}`,
        label: `#${i} ${m.text.slice(0, 60)}`,
        expect: m.expect,
      })),
      { id: null, label: '(incident)', expect: incident.expect },
    ];
    for (const target of targets) {
      const fired = new Set(
        findings.filter((f) => f.communicationId === target.id).map((f) => f.rule),
      );
      for (const rule of RULE_IDS) {
        const wanted = target.expect.includes(rule);
        const got = fired.has(rule);
        if (wanted && got) tallies[rule].tp++;
        if (!wanted && got) {
          tallies[rule].fp++;
          mistakes.push(`FP ${rule} — ${incident.name} — ${target.label}`);
        }
        if (wanted && !got) {
          tallies[rule].fn++;
          mistakes.push(`FN ${rule} — ${incident.name} — ${target.label}`);
        }
      }
    }
  }
  return { tallies, mistakes };
}

const ratio = (n: number, d: number): number => (d === 0 ? 1 : n / d);
const precision = (t: Tally): number => ratio(t.tp, t.tp + t.fp);
const recall = (t: Tally): number => ratio(t.tp, t.tp + t.fn);

function table(title: string, tallies: Record<RuleId, Tally>): string {
  const rows = RULE_IDS.map((rule) => {
    const t = tallies[rule];
    return `${rule.padEnd(22)} ${String(t.tp).padStart(4)} ${String(t.fp).padStart(4)} ${String(t.fn).padStart(4)}   ${precision(t).toFixed(2)}   ${recall(t).toFixed(2)}`;
  });
  return [title, `${'rule'.padEnd(22)}   tp   fp   fn   prec.  recall`, ...rows].join('\n');
}

const messageCount = (set: readonly LabelledIncident[]): number =>
  set.reduce((n, i) => n + i.messages.length, 0);

describe('message checks — labelled set (precision first)', () => {
  const english = score(LABELLED_ENGLISH);
  const spanish = score(LABELLED_SPANISH);
  const both = Object.fromEntries(
    RULE_IDS.map((r) => {
      const a = english.tallies[r];
      const b = spanish.tallies[r];
      return [r, { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn }];
    }),
  ) as Record<RuleId, Tally>;

  it('has at least 80 English and 60 Spanish messages, each in its language', () => {
    expect(messageCount(LABELLED_ENGLISH)).toBeGreaterThanOrEqual(80);
    expect(messageCount(LABELLED_SPANISH)).toBeGreaterThanOrEqual(60);
    expect(LABELLED_ENGLISH.every((i) => i.language === 'en')).toBe(true);
    expect(LABELLED_SPANISH.every((i) => i.language === 'es')).toBe(true);
  });

  it('labels every rule as should-fire somewhere in each language', () => {
    for (const set of [LABELLED_ENGLISH, LABELLED_SPANISH]) {
      const labelled = new Set(
        set.flatMap((i) => [...i.expect, ...i.messages.flatMap((m) => m.expect)]),
      );
      expect(RULE_IDS.filter((r) => !labelled.has(r))).toEqual([]);
    }
  });

  it('keeps every rule at 0.9 precision or more (and reports recall)', () => {
    console.log(
      [
        table(`English (${messageCount(LABELLED_ENGLISH)} messages)`, english.tallies),
        table(`Spanish (${messageCount(LABELLED_SPANISH)} messages)`, spanish.tallies),
        table('Both', both),
        ...(english.mistakes.length + spanish.mistakes.length > 0
          ? ['Disagreements:', ...english.mistakes, ...spanish.mistakes]
          : []),
      ].join('\n\n'),
    );
    for (const rule of RULE_IDS) {
      expect(precision(english.tallies[rule]), `${rule} (en)`).toBeGreaterThanOrEqual(0.9);
      expect(precision(spanish.tallies[rule]), `${rule} (es)`).toBeGreaterThanOrEqual(0.9);
      expect(recall(both[rule]), `${rule} recall`).toBeGreaterThanOrEqual(0.7);
    }
  });
});
