/**
 * The message checks of `../shared/spec/checks.md`: one pure function that the web app, the
 * CLI and the reports call. Each rule is a small object in `rules/`; this runs them all over
 * the incident's customer messages and writes the findings in the review's language
 * (`options.language`), whatever language each message is in. Findings are hints: where a
 * rule is unsure, it stays silent.
 *
 * Order: by instant, then the message's import order, then the rule's place in `RULE_IDS`;
 * findings about the incident as a whole (null message) come last, in rule order.
 */
import type { Channel, Communication, Preparation } from '../model';
import { isValidTimeZone } from '../time/isValidTimeZone';
import type { CheckContext, CheckIncident } from './checkContext';
import type { Finding, FindingLanguage } from './finding';
import { prepareMessages } from './prepareMessages';
import { RULE_IDS } from './ruleIds';
import { CHECK_RULES } from './rules/checkRules';

export interface CheckInput {
  readonly incident: CheckIncident;
  readonly channels: readonly Pick<Channel, 'id' | 'name'>[];
  readonly communications: readonly Communication[];
  readonly preparation: Pick<Preparation, 'workaroundAvailable' | 'workaround'> | null;
}

export interface CheckOptions {
  /** The language the evidence and suggestions are written in (the review's UI language). */
  readonly language: FindingLanguage;
}

interface Sortable {
  readonly finding: Finding;
  readonly order: number;
  readonly rule: number;
}

export function checkMessages(input: CheckInput, options: CheckOptions): Finding[] {
  const zone = input.incident.timeZone;
  const context: CheckContext = {
    incident: input.incident,
    messages: prepareMessages(input.communications, input.channels),
    preparation: input.preparation,
    displayZone: isValidTimeZone(zone) ? zone : 'UTC',
  };
  const lang = options.language;
  const found: Sortable[] = [];
  for (const rule of CHECK_RULES) {
    for (const hit of rule.check(context)) {
      const c = hit.message?.communication ?? null;
      found.push({
        finding: {
          rule: rule.id,
          communicationId: c?.id ?? null,
          instant: c?.instant ?? null,
          channel: hit.message?.channel ?? null,
          evidence: hit.evidence[lang],
          suggestion: rule.suggestion[lang],
        },
        order: hit.message?.position ?? Number.POSITIVE_INFINITY,
        rule: RULE_IDS.indexOf(rule.id),
      });
    }
  }
  return found
    .sort((a, b) => {
      const ai = a.finding.instant;
      const bi = b.finding.instant;
      if (ai === null || bi === null) {
        if (ai !== bi) return ai === null ? 1 : -1;
      } else if (ai !== bi) {
        return ai - bi;
      }
      return a.order - b.order || a.rule - b.rule;
    })
    .map((s) => s.finding);
}
