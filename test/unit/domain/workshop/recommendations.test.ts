// The common recommendations of step 5 (../shared/spec/workshop.md, "Make the plan" table).
import { describe, expect, it } from 'vitest';
import {
  RECOMMENDATIONS,
  RECOMMENDATION_LANGUAGES,
} from '../../../../src/domain/workshop/recommendations';
import { startsWithVerb } from '../../../../src/domain/workshop/startsWithVerb';

describe('workshop.md step 5 — the common recommendations', () => {
  it('the five rows of the spec table, in order, in the spec’s English words', () => {
    expect(RECOMMENDATIONS.map((r) => [r.cause.en, r.action.en])).toEqual([
      [
        "we didn't know what was wrong, so had nothing useful to say",
        'a vague update beats silence: "we are still investigating X; next update in 30 minutes"',
      ],
      [
        'nobody owned telling customers',
        'define communication roles so everyone knows their job next time',
      ],
      [
        "we didn't know what to say or how",
        'write templates for common incidents, or a voice-and-tone guide',
      ],
      ['no agreed communication plan', 'write an incident communication plan from a template'],
      [
        'no chain of responsibility for communication, as there is for the fix',
        'define roles, responsibilities and escalation for communication',
      ],
    ]);
  });

  it('stable, unique ids', () => {
    expect(RECOMMENDATIONS.map((r) => r.id)).toEqual([
      'vague-update-beats-silence',
      'communication-roles',
      'templates-and-tone',
      'communication-plan',
      'communication-escalation',
    ]);
  });

  it('every text exists, trimmed, in English and Spanish, and differs between them', () => {
    expect(RECOMMENDATION_LANGUAGES).toEqual(['en', 'es']);
    for (const r of RECOMMENDATIONS) {
      for (const text of [r.cause, r.action]) {
        for (const lang of RECOMMENDATION_LANGUAGES) {
          expect(text[lang].trim()).toBe(text[lang]);
          expect(text[lang]).not.toBe('');
        }
        expect(text.es).not.toBe(text.en);
      }
    }
  });

  it('the recommendations that are actions start with a verb in both languages (no plan warning)', () => {
    for (const r of RECOMMENDATIONS.slice(1)) {
      expect(startsWithVerb(r.action.en), r.action.en).toBe(true);
      expect(startsWithVerb(r.action.es), r.action.es).toBe(true);
    }
  });

  it('is plain data: it survives a JSON round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(RECOMMENDATIONS))).toEqual(RECOMMENDATIONS);
  });

  it('offers every recommendation as an action that starts with a verb, in both languages', () => {
    for (const rec of RECOMMENDATIONS) {
      expect(startsWithVerb(rec.draft.en), rec.draft.en).toBe(true);
      expect(startsWithVerb(rec.draft.es), rec.draft.es).toBe(true);
    }
  });
});
