/**
 * Statements that the problem is over ("has been resolved", "back to normal", "ya funciona
 * con normalidad"), with the words that hedge them ("should be", "seems", "parece que",
 * "debería") or negate them ("not yet", "once", "aún no"). Used by `unclear-resolution`
 * and by `over-promise` to find when service came back.
 */
import type { PhraseSet } from './phraseSet';

export const RESOLVED_STATEMENTS: PhraseSet = {
  en: [
    /\b(?:has|have|had)\s+(?:now\s+)?been\s+(?:fully\s+|completely\s+)?(?:resolved|fixed|restored|repaired)\b/,
    /\b(?:is|are|was|were|'s)\s+(?:now\s+)?(?:fully\s+|completely\s+)?(?:resolved|fixed|restored)\b/,
    /\bwe(?:'ve| have)\s+(?:now\s+)?(?:fully\s+)?(?:resolved|fixed|restored|repaired)\b/,
    /^\s*(?:issue\s+|incident\s+|problem\s+)?resolved\b/,
    /\bresolved\s*[.!]?\s*$/,
    /\b(?:back to normal|operating normally|functioning normally|performing normally|running normally|working (?:again|normally|as expected|as normal)|fully (?:operational|recovered|functional|restored)|up and running|returned to normal|all (?:systems|services) (?:go|are go|operational|normal|are operational|are operating normally)|everything (?:is\s+)?(?:back|operating|working|running)(?:\s+normally)?)\b/,
    /\b(?:has|have)\s+(?:now\s+)?(?:fully\s+)?recovered\b/,
    /\b(?:is|are|'s|'re)\s+(?:now\s+)?back(?:\s+(?:up|online))?\b/,
    /\bno longer (?:experiencing|seeing|affected|impacted|failing|degraded)\b/,
    /\b(?:is|are|'s|'re)\s+(?:now\s+|all\s+)?(?:available|accessible|reachable|online|operational|functional)(?:\s+again)?\b/,
    /\b(?:has|have)\s+(?:since\s+|now\s+)?(?:fully\s+)?(?:recovered|stabili[sz]ed|returned to normal)\b/,
    /\b(?:connectivity|access|service|services|delivery|problem|issue)\s+(?:restored|solved|fixed|resolved)\s*(?:[.!]|$)/,
    /\b(?:operating again|all is well|all clear|everything is (?:fine|ok|okay|good|well))\b|\ball (?:systems|services) (?:reporting at )?100\s?%/,
    /\brestored\s+(?:\w+\s+){0,2}(?:delivery|access|service|connectivity)\b/,
    /\bworks?\s+(?:normally|again|as expected)\b/,
    /\ball good(?:\s+now)?\b|\b(?:is|are|has been|have been)\s+(?:now\s+)?(?:fully\s+)?healthy\b/,
    /\b(?:errors?|failures?|timeouts?|problems?|issues?)(?:\s+\w+){0,4}?\s+(?:have|has)\s+(?:now\s+)?(?:disappeared|stopped|subsided|gone away|cleared)\b/,
    /\b(?:maintenance|upgrade|migration)\s+(?:is\s+|has been\s+)?(?:now\s+)?complete(?:d)?\b/,
  ],
  es: [
    /\b(?:ha|han|habia)\s+(?:quedado\s+|sido\s+)?(?:completamente\s+|totalmente\s+)?(?:resuelt|solucionad|restablecid|arreglad|corregid|restaurad)[oa]s?\b/,
    /\b(?:esta|estan|queda|quedan|quedo|quedaron|fue|fueron)\s+(?:ya\s+)?(?:completamente\s+|totalmente\s+)?(?:resuelt|solucionad|restablecid|arreglad|operativ|restaurad)[oa]s?\b/,
    /\bhemos\s+(?:resuelto|solucionado|restablecido|corregido|arreglado|restaurado)\b/,
    /\b(?:incidencia|incidente|problema)\s+(?:ya\s+)?(?:resuelt|solucionad)[oa]\b/,
    /^\s*resuelt[oa]\b/,
    /\b(?:vuelve|vuelven|volvio|volvieron|ha vuelto|han vuelto)\s+a\s+(?:funcionar|estar\s+(?:disponibles?|operativ[oa]s?|en linea))\b/,
    /\bfunciona(?:n)?\s+(?:con\s+(?:total\s+)?normalidad|normalmente|correctamente|sin problemas|de nuevo|otra vez)\b/,
    /\bya\s+funciona(?:n)?\b/,
    /\boperativ[oa]s?\s+(?:de nuevo|con normalidad|otra vez)\b/,
    /\b(?:todo|el servicio|los servicios|la plataforma)\s+(?:esta|estan|funciona|funcionan|vuelve a estar)\s+(?:de nuevo\s+|ya\s+)?(?:operativ[oa]s?|con normalidad|normalmente|disponibles?)\b/,
    /\bse\s+(?:ha|han)\s+(?:resuelto|solucionado|restablecido|normalizado|recuperado)\b/,
    /\bya no (?:hay|se producen|se registran|estan afectad[oa]s)\b/,
    /\b(?:esta|estan)\s+(?:ya\s+|de nuevo\s+)?(?:disponibles?|accesibles?|operativ[oa]s?|en linea)(?:\s+de nuevo)?\b/,
    /\b(?:todo|todos los servicios)\s+(?:esta|estan)\s+(?:bien|en orden|correcto)\b/,
    /\b(?:incidencia|incidente)\s+(?:ya\s+)?cerrad[oa]\b|\bfunciona(?:n)?\s+bien\b/,
    /\b(?:errores|fallos|problemas|el problema|el error|la incidencia)(?:\s+\w+){0,4}?\s+(?:ya\s+)?(?:han|ha)\s+desaparecido\b/,
    /\b(?:mantenimiento|migracion|actualizacion)\s+(?:ha\s+)?(?:completad[oa]|finalizad[oa]|terminad[oa])\b/,
  ],
};

/** In the words just before a statement: it is not claimed outright. */
export const RESOLUTION_HEDGES: PhraseSet = {
  en: [
    /\b(?:should|may|might|could|seems?|seemed|appears?|appeared|looks?|looked|hopefully|probably|likely|believe|think|expect|expected|will|would|to be|partially|partly|mostly|largely|beginning to|starting to|begun to|signs? of)\b/,
  ],
  es: [
    /\b(?:deberia|deberian|debe de|parece|parecen|parecia|al parecer|aparentemente|en principio|creemos|pensamos|esperamos|probablemente|posiblemente|quiza|quizas|tal vez|parcialmente|en parte|empieza|empiezan|comienza|comienzan|empezando|comenzando|signos de|senales de|estara|estaran|sera|seran|quedara|quedaran|podria|podrian)\b/,
  ],
};

/** In the words just before a statement: it is not a statement at all. */
export const RESOLUTION_NEGATIONS: PhraseSet = {
  en: [/\b(?:not|n't|yet|once|until|when|if|before|after|no)\b|n't\s*$/],
  es: [/\b(?:no|aun no|todavia no|cuando|hasta que|si|una vez|antes de|tras|sin)\b/],
};

/** Right after a statement: only part of the service or of the customers. */
export const PARTIAL_AFTER: PhraseSet = {
  en: [
    /^\s*(?:for|to|in|across)\s+(?:some|most|many|a (?:subset|portion|number|majority)|the majority|part|certain)\b|^\s*(?:partially|partly|in part|for now)\b/,
  ],
  es: [
    /^\s*(?:para|en|a)\s+(?:algunos|algunas|la mayoria|parte|una parte|ciertos|ciertas)\b|^\s*(?:parcialmente|en parte|por ahora)\b/,
  ],
};
