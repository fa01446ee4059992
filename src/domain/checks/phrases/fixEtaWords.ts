/**
 * Words of a fix ETA (`over-promise`): service back, fixed or working again, followed (or
 * preceded) by a time: "back in 5 minutes", "fixed shortly", "we expect service to fully
 * recover in 30 min", "ETA 1h", "estará operativo en unos minutos". A next-update promise is
 * not one; "no ETA" and its kin mean none.
 */
import type { PhraseSet } from './phraseSet';

export const FIX_WORDS: PhraseSet = {
  en: [
    /(?:\b(?:be|get|come|coming|getting|bring(?:ing)?\s+(?:it|them|things|everything|the\s+\w+|\w+))\s+|^\s*)back(?:\s+(?:up|online|to normal|in service|up and running))?\b/,
    /\b(?:be|get|have|being)\s+(?:it\s+|this\s+|things\s+|everything\s+)?(?:fully\s+)?(?:fixed|resolved|restored|working(?:\s+again)?|up and running|available(?:\s+again)?|online(?:\s+again)?|operational(?:\s+again)?|sorted(?:\s+out)?)\b/,
    /\b(?:fully\s+|completely\s+)?(?:recover|return)(?:\s+(?:fully|to normal|to service))?\b/,
    /\b(?:full\s+)?recovery\b/,
    /\b(?:fix|hotfix|patch)\s+(?:will be|should be|is expected to be|is going to be)\s+(?:deployed|live|in place|rolled out|applied|out)\b/,
  ],
  es: [
    /\b(?:volver(?:a|an|emos)?|vuelva|vuelvan)\s+a\s+(?:funcionar|estar\s+(?:disponibles?|operativ[oa]s?|en linea|activ[oa]s?))\b/,
    /\b(?:estara|estaran|estaremos|quedara|quedaran|deberia estar|deberian estar|deberia quedar|deberian quedar|este|esten)\s+(?:de nuevo\s+|otra vez\s+|todo\s+)?(?:disponibles?|operativ[oa]s?|funcionando|resuelt[oa]s?|solucionad[oa]s?|restablecid[oa]s?|en linea|arreglad[oa]s?|normalizad[oa]s?)\b/,
    /\bse\s+(?:resolvera|solucionara|restablecera|normalizara|arreglara|recuperara)\b/,
    /\b(?:restableceremos|resolveremos|solucionaremos|arreglaremos|recuperaremos)\s+(?:el servicio|la incidencia|el problema|el acceso|la normalidad)\b/,
    /\b(?:resuelt[oa]|solucionad[oa]|restablecid[oa]|arreglad[oa]|operativ[oa]s?|disponibles?|funcionando)\s+de\s+nuevo\b/,
  ],
};

/** Vague times: each counts as 15 minutes (`../shared/spec/checks.md`, `over-promise`). */
export const VAGUE_SOON: PhraseSet = {
  en: [
    /^\s*(?:very\s+)?(?:shortly|soon|momentarily|any minute(?: now)?|in a (?:few|couple of) minutes|in (?:just )?a few minutes|in a moment|in a bit|in no time|quickly)\b/,
  ],
  es: [
    /^\s*(?:en unos (?:pocos )?minutos|en pocos minutos|en breve|(?:muy\s+)?pronto|enseguida|en cuestion de minutos|en un momento|en breves momentos|en unos instantes|en cualquier momento)\b/,
  ],
};

/** Before an interval after the fix words ("back in 5 minutes", "operativo en 10 minutos"). */
export const INTERVAL_LEAD: PhraseSet = {
  en: [/^\s*(?:in|within|in under|in less than)\s+/],
  es: [/^\s*(?:en|dentro de|en un plazo de|en menos de)\s+/],
};

/** Before a clock time after the fix words ("back by 10:30 UTC", "operativo a las 10:30"). */
export const CLOCK_LEAD: PhraseSet = {
  en: [/^\s*(?:by|at|around|before)\s+/],
  es: [/^\s*(?:a las|a la|antes de las|hacia las|sobre las|para las)\s+/],
};

/** "ETA 1h", "estimated time to resolution: 30 minutes", "tiempo estimado de resolución". */
export const ETA_WORDS: PhraseSet = {
  en: [
    /\b(?:eta|estimated time (?:to|of) (?:resolution|recovery|fix|repair|restoration))\b\s*(?:is|of|:)?\s*/,
  ],
  es: [
    /\b(?:eta|tiempo estimado (?:de|para la) (?:resolucion|recuperacion|solucion|reparacion)|hora estimada de (?:resolucion|recuperacion|solucion))\b\s*(?:es|de|:)?\s*(?:de\s+)?/,
  ],
};

/** "we won't give an ETA", "no ETA yet", "no podemos dar una hora estimada": never fires. */
export const NO_ETA: PhraseSet = {
  en: [
    /\b(?:no|not (?:yet )?(?:able to )?(?:give|provide|share|have|offer)(?: you)?(?: an?)?|(?:don't|do not|won't|will not|cannot|can't|unable to) (?:yet )?(?:have|give|provide|share|offer)(?: you)?(?: an?)?|without an?)\s*(?:eta|estimate|estimated time|timeline|time ?frame)\b/,
    /\b(?:can't|cannot|unable to|not able to) (?:say|tell|predict|estimate) when\b/,
  ],
  es: [
    /\bno\s+(?:podemos\s+|tenemos\s+|es posible\s+)?(?:dar|ofrecer|facilitar|proporcionar|indicar|estimar|tenemos)?\s*(?:aun\s+|todavia\s+)?(?:una\s+|un\s+)?(?:hora|tiempo|plazo|fecha)\s+(?:estimad[oa]|de resolucion|concret[oa])/,
    /\bsin\s+(?:una\s+|un\s+)?(?:hora|tiempo|plazo)\s+estimad[oa]/,
    /\bno\s+(?:podemos|sabemos)\s+(?:estimar|decir|precisar)\s+cuando\b/,
  ],
};
