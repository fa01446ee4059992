/**
 * Words about customer data or action needed after a resolution (`unclear-resolution`):
 * "no data was lost", "no action is needed", "please re-run failed jobs", "queued webhooks
 * will be delivered", "no se ha perdido ningún dato", "no es necesario hacer nada".
 */
import type { PhraseSet } from './phraseSet';

export const DATA_STATEMENTS: PhraseSet = {
  en: [
    /\b(?:no|without(?: any)?)\s+(?:customer\s+|user\s+)?data\s+(?:was\s+|were\s+|has been\s+|have been\s+|is\s+|are\s+)?(?:lost|loss|affected|corrupted|exposed|deleted|at risk|impacted)\b/,
    /\bdata\s+(?:loss|was lost|were lost|has been lost|is safe|was safe|are safe|remains?\s+(?:safe|intact)|is intact|was intact|(?:was|were|is|has)\s+not\s+(?:been\s+)?(?:lost|affected|impacted))\b/,
    /\b(?:did not|didn't|does not|doesn't|will not|won't|no)\s+(?:lose|loss of)\s+(?:any\s+)?(?:data|work|changes|commits|messages|files)\b/,
    /\b(?:lost|lose|losing)\s+(?:any\s+|some\s+)?(?:data|work|changes|commits)\b/,
    /\bno\s+(?:further\s+)?action\s+(?:is\s+|was\s+)?(?:needed|required|necessary)\b/,
    /\b(?:do not|don't|won't|will not|does not|doesn't|no)\s+need\s+to\s+(?:do anything|take any action|take action|change anything|re-?\w+)\b/,
    /\bnothing\s+(?:you need|for you|customers need|users need)\s+to\s+do\b/,
    /\b(?:please|you (?:may|might|will|should|can) (?:need|want) to|need to|you can|we recommend|recommend that you)\s+(?:re-?run|retry|re-?try|re-?push|push again|re-?send|resend|re-?deploy|re-?trigger|re-?start|restart|refresh|reload|log (?:in|out)|sign (?:in|out)|re-?authenticate|reconnect|clear|re-?queue|requeue|re-?submit|resubmit|run (?:it|them|your \w+) again|try again|check)\b/,
    /\b(?:will be|have been|has been|are being|is being|were|was)\s+(?:automatically\s+|successfully\s+|fully\s+)?(?:re-?processed|re-?delivered|re-?sent|re-?tried|processed|delivered|replayed|re-?queued|backfilled|synchroni[sz]ed|recovered|caught up)\b/,
    /\b(?:backlog|queue|queues)\s+(?:has|have|is|are)\s+(?:now\s+)?(?:been\s+)?(?:fully\s+)?(?:processed|cleared|caught up|delivered|drained|empty)\b/,
    /\bcaught up\b/,
    /\bno\s+(?:\w+\s+){0,2}(?:was|were|has been|have been)\s+(?:lost|affected|charged|deleted|corrupted|exposed)\b/,
    /\b(?:was|were|has been|have been)\s+(?:not|never)\s+(?:charged|lost|affected|deleted)\b/,
    /\b(?:customers|users|you)\s+can\s+(?:simply\s+|safely\s+)?(?:retry|try again|re-?run|re-?push|re-?try)\b/,
    /\b(?:can|could|should|may|might|need to|needs to|will need to)\s+(?:safely\s+|simply\s+)?(?:be\s+)?(?:safely\s+|simply\s+)?(?:re-?(?:run|try|push|pushed|send|sent|submit|submitted|deploy|deployed|start|started|process|processed|queue|queued|trigger|triggered|upload|uploaded)|retried|retry|\w+ed\s+again|\w+\s+again)\b/,
    /\bplease\s+(?:\w+\s+){0,2}again\b/,
    /\bnothing\s+(?:was|has been|got|were)\s+(?:lost|deleted|affected)\b/,
  ],
  es: [
    /\b(?:no|sin)\s+(?:se\s+)?(?:ha(?:n)?\s+)?(?:perdido|perdida de|perdidas de|perdio|perdieron)\s+(?:ningun[oa]?\s+)?\w+/,
    /\bningun[oa]?\s+\w+\s+(?:se\s+)?(?:ha\s+)?(?:perdido|perdio|cobrado|cobro|duplicado|borrado|visto afectad[oa])\b/,
    /\b(?:deben|debe|deberan|tienen que|tendran que|hay que|necesitan|necesitaran)\s+(?:volver a\s+)?\w+/,
    /\b(?:vuelva|vuelvan|volved)\s+a\s+\w+/,
    /\bno\s+se\s+(?:cobraron|cobro|cargaron|cargo|duplicaron|duplico|perdieron|perdio|borraron|borro)\b/,
    /\bno\s+se\s+(?:llegaron|llego)\s+a\s+(?:cobrar|cargar|enviar|procesar|perder|borrar)\b/,
    /\bse\s+(?:han|ha)\s+(?:re)?(?:enviado|procesado|entregado|reprocesado|recuperado|restaurado|sincronizado)\b/,
    /\b(?:pueden|puede|podeis|puedes|se pueden|se puede)\s+(?:repetir\w*|reintentar\w*|volver a \w+|reenviar\w*|relanzar\w*)/,
    /\bningun(?:a)?\s+(?:dato|informacion|perdida de datos|pedido|pago)\b/,
    /\bperdida\s+de\s+(?:datos|informacion)\b/,
    /\b(?:los\s+|sus\s+|vuestros\s+|tus\s+)?datos\s+(?:estan|estaban|siguen|permanecen)\s+(?:a salvo|intactos|seguros|integros)\b/,
    /\bno\s+(?:es necesario|hace falta|tiene(?:n)? que|tienes que|teneis que|necesita(?:n)?|necesitas|se requiere|requiere)\s+(?:que\s+)?(?:hacer nada|hagan nada|haga nada|hagas nada|realizar ninguna accion|ninguna accion|hacer ningun cambio|tomar ninguna medida)\b/,
    /\bno se requiere(?:n)?\s+(?:ninguna\s+)?(?:accion|acciones|medidas)\b/,
    /\b(?:ninguna|ningun)\s+(?:accion|cambio|medida)\s+por\s+(?:su|vuestra|tu)\s+parte\b/,
    /\b(?:vuelva|vuelvan|volved|vuelve|volver)\s+a\s+(?:intentar|lanzar|enviar|iniciar sesion|ejecutar|cargar|conectar|probar|realizar)\b/,
    /\b(?:reintente|reintenten|reintentar|reintentad|recargue|recarguen|reinicie|reinicien|cierre sesion|cierren sesion)\b/,
    /\b(?:seran|fueron|han sido|se han|se van a)\s+(?:re)?(?:procesad[oa]s|procesar|enviad[oa]s|entregad[oa]s|reintentar|reenviar|reprocesar)\b/,
    /\bse\s+(?:procesaran|enviaran|entregaran|reprocesaran|reintentaran|reenviaran|han procesado|han enviado|han entregado)\b/,
  ],
};
