/**
 * Words that say what customers can or cannot do (`internal-cause`: the same jargon next to a
 * clear impact statement does not fire): "customers can't pay", "you may see errors when
 * pushing", "the site is down", "no customer impact", "los clientes no pueden pagar".
 */
import type { PhraseSet } from './phraseSet';

const PEOPLE_EN = String.raw`(?:you|users?|customers?|clients?|members?|visitors?|developers?|merchants?|people|everyone|anyone|accounts?|organizations?|shoppers|buyers|drivers|riders|subscribers|repositories|repos)`;
const ANY_FACING = String.raw`(?:[a-z0-9-]+\.(?:com|io|org|net|dev|app)|(?:web|git|ssh|https?|api|pages?|code ?search|codesearch|queries|operations|downloads?|uploads?|codespaces?|actions|packages|notifications|webhooks?|pull requests|repositories|repos|access|site|website|app|service|services|checkout|login|payments?)\b)`;
const FACING_EN = String.raw`(?:[a-z0-9-]+\.(?:com|io|org|net|dev|app)|queries|operations|page|pages?|site|website|app|apps|application|api|dashboard|checkout|login|logins|sign[- ]ins?|payments?|service|services|platform|search|builds?|pushes|emails?|notifications?|webhooks?|uploads?|downloads?|deployments|orders?|repositories|repos|requests|jobs|runs|workflows|git operations|actions|codespaces|packages|pull requests|access)`;
const STATE_EN = String.raw`(?:down|unavailable|unreachable|inaccessible|offline|slow|slower|delayed|degraded|failing|not working|not loading|broken|affected|impacted|disrupted|interrupted|timing out|returning errors|erroring|stuck|getting stuck|missing|incorrect|blocked|disabled|back|available|working|operational|restored|queued|returning to normal|recovering|stable|stabilizing|experiencing|seeing)`;

export const IMPACT_STATEMENTS: PhraseSet = {
  en: [
    /\b(?:unable|not able|no longer able)\s+to\b/,
    /\b(?:cannot|can't|can not|couldn't|could not|won't be able|will not be able|may not be able|might not be able)\b/,
    /\b(?:fail(?:s|ed|ing)?|having trouble|have trouble|had trouble|struggl(?:e|es|ing))\s+(?:to|when|while)\s+\w+/,
    new RegExp(
      String.raw`\b${PEOPLE_EN}\b(?:\s+\w+){0,4}?\s+(?:may|might|will|would|could|can|cannot|can't|won't|are|were|is|was|need|should|experienc\w*|see|saw|seeing|notic\w*|receiv\w*|encounter\w*|get|gets|getting|hit|hitting|report\w*|reach|reaches|use|uses|access|accesses|sees)\b`,
    ),
    new RegExp(
      String.raw`\b${FACING_EN}\s+(?:are|is|were|was|may be|might be|will be|could be|should be|remain|remains|have been|has been|needed to be|had to be)\s+(?:currently\s+|now\s+|still\s+|temporarily\s+|intermittently\s+|partially\s+|completely\s+|fully\s+)?${STATE_EN}\b`,
    ),
    /\b(?:slow|slower|delayed|failed|failing|missing|stuck|broken|intermittent|dropped)\s+(?:page loads|pushes|builds|jobs|runs|workflows|deliveries|deployments|deploys|payments|logins|requests|notifications|emails|webhooks|uploads|downloads|checkouts|orders|connections|page views)\b/,
    /\b(?:errors?|timeouts?|failures?|delays?|issues?|problems?|trouble|difficult(?:y|ies))\s+(?:when|while)?\s*(?:accessing|loading|using|creating|pushing|pulling|signing|logging|paying|checking out|sending|receiving|viewing|opening|starting|running|connecting|uploading|downloading|placing|making|cloning|fetching|deploying your|merging|reaching|visiting|browsing)\b/,
    /\b(?:errors?|timeouts?|failures?|delays?)\s+(?:on|for|affecting)\s+(?:the\s+)?(?:site|website|app|page|pages|api|checkout|login|dashboard|users|customers|some|all|many)\b/,
    /\b(?:no|without|zero)\s+(?:customer\s+|user\s+)?(?:impact|downtime|data loss)\b|\bnot\s+(?:be\s+)?(?:impacted|affected)\b|\bunaffected\b|\bnot\s+impacting\b/,
    /\b(?:operating|working|functioning|running|works?)\s+(?:normally|as expected|again)\b|\bback to normal\b|\bup and running\b/,
    /\b(?:work[- ]?arounds?|as an alternative|alternatively|in the meantime)\b/,
    /\b(?:may|might)\s+(?:experience|see|notice|encounter|receive|be unable|have trouble|face|be slow|be delayed|be unavailable)\b/,
    /\b(?:impact(?:ing|s|ed)?|affect(?:ing|s|ed)?)\s+(?:on\s+)?(?!our\s+(?:database|internal|backend|servers?|infrastructure|systems))(?:the\s+)?\w+/,
    new RegExp(
      String.raw`\b(?:degraded performance|degradation|outages?|disruptions?|errors?|failures?|delays?|slowness|latency|timeouts?|unavailability|interruptions?|issues|problems)\s+(?:for|of|in|with|on|to|affecting|when|across)\s+(?!our\s)(?:\S+\s+){0,3}?${ANY_FACING}`,
    ),
    /\b(?:git|ssh|https?|api|web|push|clone|fetch|download|upload|login|payment|checkout|connection)\s+(?:connection\s+)?(?:errors?|failures?|timeouts?|problems?|issues?)\b/,
    /\b\w+ing\s+(?:\S+\s+){0,3}?(?:is|are)\s+(?:currently\s+|now\s+|still\s+)?(?:slow|failing|timing out|broken|unavailable|not working|delayed|disabled)\b/,
    /\b(?:access|service|connectivity)\s+(?:to\s+(?:\S+\s+){1,3})?(?:has been\s+|is\s+|was\s+)?(?:fully\s+)?restored\b|\brestored\s+(?:\w+\s+){0,2}(?:delivery|access|service|connectivity)\b/,
    /\bplease\s+(?:contact|email|try|retry|re-?run|use|update|check|refresh|reload|see)\b|\bif you(?:'re|\s+are)?\s+(?:still\s+)?(?:have|having|see|seeing|experience|experiencing|notice|unable|affected)\b/,
    /\byour\s+(?!patience\b|understanding\b)\w+/,
    /\berror pages?\b/,
  ],
  es: [
    /\bno\s+(?:pueden|puede|podran|podra|podian|podia|puedes|podeis|es posible|se puede|se pueden|consiguen|logran|funciona|funcionan|carga|cargan)\b/,
    /\b(?:imposible|no es posible)\b/,
    /\b(?:clientes|usuarios|comercios|tiendas|cuentas|conductores|socios|suscriptores|compradores|personas|ustedes|vosotros)\b(?:\s+\w+){0,3}?\s+(?:pueden|podrian|podran|no|estan|estaban|tienen|tendran|veran|ven|vean|reciben|recibiran|experimentan|experimentaran|notaran|notan|sufren|encuentran|encontraran|necesitan|deben|deberan|han|hayan)\b/,
    /\bes\s+posible\s+que\s+(?:\w+\s+){0,3}?(?:vea|vean|veas|experimente|experimenten|note|noten|reciba|reciban|no puedan|no pueda|tenga|tengan|sufra|sufran|encuentre|encuentren)\b/,
    /\b(?:puede|pueden|podria|podrian)\s+(?:experimentar|ver|notar|recibir|encontrar|sufrir|tener problemas|fallar|tardar)\b/,
    /\b(?:la web|el sitio|la pagina|la aplicacion|la app|el servicio|los servicios|la plataforma|el panel|los pagos|el pago|el cobro|los cobros|el acceso|el inicio de sesion|el login|la api|las compras|los pedidos|el checkout|la tienda|las notificaciones|los correos|el correo|las facturas|la facturacion|las transferencias|las reservas|los envios|la busqueda|las descargas|las subidas)\s+(?:esta|estan|estaba|estaban|sigue|siguen|puede estar|pueden estar|podria estar|funciona|funcionan|va|van)\s+(?:\w+\s+)?(?:caid[oa]s?|inaccesibles?|no disponibles?|lent[oa]s?|fallando|sin servicio|con retrasos|degradad[oa]s?|afectad[oa]s?|interrumpid[oa]s?|intermitentes?|con errores|mal|disponibles?|operativ[oa]s?|bloquead[oa]s?|restablecid[oa]s?)\b/,
    /\b(?:errores|fallos|problemas|retrasos|dificultades|demoras)\s+(?:al|para)\s+\w+/,
    /\b(?:sin|ningun)\s+impacto\b|\bno\s+(?:se\s+)?(?:ven|estan|han)\s+(?:visto\s+)?afectad[oa]s\b|\bno\s+(?:afecta|ha afectado)\b/,
    /\b(?:funciona|funcionan|vuelve a funcionar|vuelven a funcionar)\s+(?:con\s+)?(?:normalidad|normalmente|correctamente|de nuevo|otra vez)\b/,
    /\b(?:solucion temporal|alternativa|mientras tanto)\b/,
    /\b(?:afecta|afectan|afectando|afecto)\s+a\s+(?:los\s+|algunos\s+|todos los\s+|nuestros\s+|un\s+|una\s+)?(?:clientes|usuarios|cuentas|comercios|pedidos|pagos)\b/,
    /\b(?:pagos|pedidos|cobros|inicios de sesion|accesos|envios|transferencias|notificaciones|correos)\s+(?:fallid[oa]s|rechazad[oa]s|retrasad[oa]s|pendientes|duplicad[oa]s|bloquead[oa]s)\b/,
  ],
};
