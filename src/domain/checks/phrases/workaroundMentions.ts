/**
 * Words that offer a workaround or an alternative (`no-workaround`): "as a workaround, use
 * the desktop client", "in the meantime you can pay by transfer", "como alternativa, pueden
 * pagar con Bizum".
 */
import type { PhraseSet } from './phraseSet';

export const WORKAROUND_MENTIONS: PhraseSet = {
  en: [
    /\bwork[- ]?arounds?\b/,
    /\b(?:in the meantime|meanwhile|until then|for now),?\s+(?:you|customers|users)\s+(?:can|may|could|should)\b/,
    /\b(?:you|customers|users)\s+(?:can|may|could)\s+(?:still|instead|temporarily|also)\b/,
    /\b(?:as an alternative|alternatively)\b/,
    /\buse\s+(?:\S+\s+){0,5}?instead\b/,
    /\bcan still\b/,
    /\b(?:please use|we recommend using|we recommend that you|you can use|try using|switch to)\b/,
  ],
  es: [
    /\bsolucion\s+(?:temporal|alternativa|provisional)\b/,
    /\b(?:como\s+)?alternativa\b/,
    /\b(?:mientras tanto|entretanto|por (?:el|ahora) momento|de momento),?\s+(?:puede|pueden|podeis|puedes|les recomendamos|os recomendamos|te recomendamos|recomendamos|es posible)\b/,
    /\b(?:pueden|puede|podeis|puedes)\s+(?:seguir|usar|utilizar|pagar|acceder|optar)\b/,
    /\b(?:les|os|le|te)\s+recomendamos\s+(?:usar|utilizar|pagar|acceder)\b/,
    /\ben su lugar\b/,
  ],
};
