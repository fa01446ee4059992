/**
 * Words that promise more news without a time (`no-next-update` evidence): "shortly",
 * "we'll keep you posted", "as we learn more", "en breve", "seguimos trabajando".
 */
import type { PhraseSet } from './phraseSet';

export const VAGUE_UPDATE_WORDS: PhraseSet = {
  en: [
    /\b(?:shortly|soon|keep (?:you|everyone|customers|users) (?:posted|updated|informed)|as we (?:learn|know|have) more|as (?:soon as )?(?:more )?information becomes available|stay tuned|when we have (?:more|an update|further)|(?:more|further) (?:updates|information|details) to follow|will (?:provide|post|share) (?:an? |more |further )?updates? as)\b/,
  ],
  es: [
    /\b(?:en breve|pronto|proximamente|seguimos trabajando|(?:os|les|le|te) mantendremos informad[oa]s?|mantendremos informad[oa]s?|lo antes posible|en cuanto (?:tengamos|sepamos)|cuando tengamos|a la mayor brevedad)\b/,
  ],
};
