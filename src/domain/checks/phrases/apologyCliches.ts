/**
 * The hedged apology cliché (`non-apology`): "we apologize for any inconvenience (this may
 * have caused)", "sorry for the inconvenience", "lamentamos las molestias (ocasionadas)",
 * "disculpe(n) las molestias" and close variants.
 */
import type { PhraseSet } from './phraseSet';

const NOUN_EN = String.raw`(?:(?:any|the|all|this)\s+(?:\w+\s+)?(?:inconvenience|inconveniences|disruption|trouble|hassle)|any\s+(?:\w+\s+)?(?:issues|problems))\b`;
const CAUSED_EN = String.raw`(?:\s+(?:this|that|it|we)\s+(?:may|might|could)?\s*(?:have\s+|has\s+)?(?:caused|cause|created)(?:\s+you)?)?`;
const CAUSED_ES = String.raw`(?:\s+(?:ocasionad[oa]s?|causad[oa]s?|que\s+(?:esto|esta situacion|este (?:incidente|problema)|le|les|os|te)?\s*(?:haya|hayan|pueda|puedan|pudiera|pudieran)\s+(?:podido\s+)?(?:causar|ocasionar|causado|ocasionado)(?:le|les|os)?))?`;

export const APOLOGY_CLICHES: PhraseSet = {
  en: [
    new RegExp(
      String.raw`\b(?:(?:we|i)\s+)?(?:sincerely\s+|deeply\s+|truly\s+|again\s+)?(?:apologi[sz]e|regret)\s+(?:for\s+)?${NOUN_EN}${CAUSED_EN}`,
    ),
    new RegExp(
      String.raw`\b(?:sorry|apologies|our apologies|my apologies)\s+(?:for|about)\s+${NOUN_EN}${CAUSED_EN}`,
    ),
  ],
  es: [
    new RegExp(
      String.raw`\b(?:lamentamos|sentimos|disculpen|disculpe|disculpa|disculpad|perdonen|perdone|perdon por|(?:les\s+|os\s+|le\s+)?pedimos (?:disculpas|perdon) por|rogamos (?:nos\s+)?(?:disculpen|disculpe)|nos disculpamos por|disculpas por|mil disculpas por)\s+(?:\w+\s+)?(?:las|los|cualquier|todas las|todos los|estas|estos)\s+(?:posibles\s+)?(?:molestias|molestia|inconvenientes|inconveniente)\b${CAUSED_ES}`,
    ),
  ],
};

/** After these nouns, words that name the harm make the apology specific, not a cliché. */
export const NAMED_HARM =
  /^\s+(?:to|with|in|for|on|when|while)\s+(?!you\b|our\s+customers\b|customers\b|users\b|everyone\b)/;
export const GENERIC_NOUNS = /\b(?:disruption|trouble|issues|problems|hassle)$/;
