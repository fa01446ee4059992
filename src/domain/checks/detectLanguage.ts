/**
 * A small, dependable language guess for one message (English, Spanish or unknown), from
 * counts of stop words and status-page words of each language (`../shared/spec/checks.md`:
 * text rules run only for a known language). A language wins with at least one hit and
 * twice the other's count; Spanish letters (`ñ`, accents, `¿`, `¡`) count for Spanish.
 */
import { foldText } from './text/foldText';

export type MessageLanguage = 'en' | 'es' | 'unknown';

const ENGLISH = new Set(
  (
    'the and of to in is are we our for on with this that be have has been it its from at by an ' +
    'will you your all some not were was users issue issues investigating resolved working ' +
    'continue continuing update updates currently any as more into after incident customers ' +
    'may these they their which while being still now normal normally service services there ' +
    'back please what when would should can could everything operating affected experiencing ' +
    "we're we've we'll it's isn't can't don't won't been being degraded performance errors " +
    'seeing identified monitoring fix fixed sorry apologize apologise inconvenience thanks ' +
    'systems go up down again next minutes hours'
  ).split(' '),
);

const SPANISH = new Set(
  (
    'el la los las de del que y en un una unos unas por para con es son se su sus estamos hemos ' +
    'ha han esta este estos estas estan al lo como mas pero sin sobre desde hasta nuestro ' +
    'nuestra nuestros nuestras clientes usuarios servicio incidencia incidente investigando ' +
    'resuelto resuelta actualizacion ya muy tambien hay esto eso minutos horas pueden puede ' +
    'algunos algunas todos todas nos les le fue sido disculpas molestias lamentamos seguimos ' +
    'trabajando problema funciona funcionando normalidad proxima pedimos estado datos errores ' +
    'afectados afectadas otra vez cuando donde'
  ).split(' '),
);

const SPANISH_LETTERS = /[ñáéíóúü¿¡]/giu;

export function detectLanguage(text: string): MessageLanguage {
  const words = foldText(text.normalize('NFC')).match(/[a-z']+/g) ?? [];
  let en = 0;
  let es = (text.match(SPANISH_LETTERS) ?? []).length > 0 ? 1 : 0;
  for (const w of words) {
    if (ENGLISH.has(w)) en++;
    if (SPANISH.has(w)) es++;
  }
  if (en > 0 && en >= 2 * es) return 'en';
  if (es > 0 && es >= 2 * en) return 'es';
  return 'unknown';
}
