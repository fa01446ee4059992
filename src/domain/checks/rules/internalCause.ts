/**
 * `internal-cause` (`../shared/spec/checks.md`): an update or resolution names internal
 * systems or jargon and says nothing about what customers can or cannot do. Follow-ups
 * (post-incident summaries) are meant to explain causes and are not judged.
 */
import type { CheckMessage, CheckRule } from '../checkContext';
import { originalMessages } from '../originalMessages';
import { DATA_STATEMENTS } from '../phrases/dataStatements';
import { IMPACT_STATEMENTS } from '../phrases/impactStatements';
import { FIX_DEPLOY, INTERNAL_TERMS } from '../phrases/internalTerms';
import { matchPhrases } from '../text/matchPhrases';
import { readResolution } from '../text/readResolution';

/**
 * What customers can or cannot do: an impact statement, an outright "it works again" (see
 * `readResolution`), or what customers need (not) to do about their data.
 */
function saysImpact(message: CheckMessage): boolean {
  return (
    matchPhrases(message, IMPACT_STATEMENTS).length > 0 ||
    readResolution(message).clear !== null ||
    matchPhrases(message, DATA_STATEMENTS).length > 0
  );
}

export const internalCause: CheckRule = {
  id: 'internal-cause',
  suggestion: {
    en: 'Describe the impact on customers (what they cannot do, who is affected), not internal systems.',
    es: 'Describe el impacto en los clientes (qué no pueden hacer, a quién afecta), no los sistemas internos.',
  },
  check: ({ messages }) =>
    originalMessages(messages).flatMap((message) => {
      if (message.communication.kind === 'follow-up') return [];
      const fixes = matchPhrases(message, FIX_DEPLOY);
      const terms = matchPhrases(message, INTERNAL_TERMS).filter(
        (t) => !fixes.some((f) => t.index < f.end && f.index < t.end),
      );
      if (terms.length === 0 || saysImpact(message)) return [];
      const words: string[] = [];
      for (const t of terms) {
        const w = `"${t.words}"`;
        if (!words.includes(w) && words.length < 4) words.push(w);
      }
      const list = words.join(', ');
      return [
        {
          message,
          evidence: {
            en: `Internal terms ${list}; nothing on what customers can or cannot do.`,
            es: `Términos internos ${list}; nada sobre lo que los clientes pueden o no pueden hacer.`,
          },
        },
      ];
    }),
};
