/**
 * Words for the four statuses of `inconsistent-channels` (`../shared/spec/checks.md`):
 * investigating (0) / identified or fixing (1) / monitoring or working again (2) /
 * resolved (3), per language. Different words for the same status share a rank.
 */
import type { PhraseSet } from './phraseSet';

export const STATUS_WORDS: readonly PhraseSet[] = [
  {
    en: [
      /\binvestigat\w*|\blooking into\b|\baware of\b|\b(?:seeing|received|receiving|getting) reports\b|\bdiagnos\w*/,
    ],
    es: [
      /\binvestigand\w*|\binvestigamos\b|\binvestigacion\b|\banalizando\b|\brevisando\b|\bestamos al tanto\b|\bsomos conscientes\b|\bestamos viendo\b|\bhemos recibido (?:reportes|avisos|informes)\b/,
    ],
  },
  {
    en: [
      /\bidentified\b|\b(?:found|determined|isolated|pinpointed|know|understand) (?:the|a|what)\s+(?:\w+\s+)?(?:cause|issue|problem|source)\b|\broot cause\b|\b(?:working on|implementing|deploying|rolling out|applying|preparing|testing) (?:a |the )?(?:fix|mitigation|remediation|patch|hotfix)\b|\bremediat\w*|\bmitigat(?:e|es|ing)\b/,
    ],
    es: [
      /\bidentificad[oa]s?\b|\bidentificamos\b|\bhemos identificado\b|\b(?:encontrado|localizado|determinado|aislado) (?:la|el)\s+(?:\w+\s+)?(?:causa|origen|problema|fallo|error)\b|\bcausa raiz\b|\b(?:trabajando en|aplicando|desplegando|implementando|preparando|probando) (?:una |la |un |el )?(?:solucion|correccion|mitigacion|parche|arreglo)\b|\bcorrigiendo\b|\bsolucionando\b/,
    ],
  },
  {
    en: [
      /\bmonitor(?:ing)?\b|\bback to normal\b|\b(?:operating|functioning|working|performing|running) (?:normally|again|as expected)\b|\b(?:has|have) (?:fully )?recovered\b|\brecover(?:ing|y)\b|\brestored\b|\b(?:is|are) back\b|\bmitigated\b|\b(?:fix|mitigation) (?:has been|was|is) (?:deployed|applied|in place|rolled out)\b|\b(?:deployed|applied|rolled out) (?:a |the )?(?:fix|mitigation)\b|\bup and running\b/,
    ],
    es: [
      /\bmonitoriz\w*|\bmonitore\w*|\bsupervis\w*|\bvigila\w*|\bbajo observacion\b|\b(?:vuelve|vuelven|volvio|volvieron|ha vuelto|han vuelto) a funcionar\b|\bfunciona(?:n)? (?:con )?(?:normalidad|normalmente|correctamente|de nuevo)\b|\brestablecid[oa]s?\b|\brestaurad[oa]s?\b|\brecuperad[oa]s?\b|\brecuperando\b|\bmitigad[oa]\b|\b(?:aplicado|desplegado|implementado) (?:una |la |el |un )?(?:correccion|solucion|mitigacion|parche|arreglo)\b|\boperativ[oa]s? de nuevo\b/,
    ],
  },
  {
    en: [
      /\b(?:has|have) been (?:fully )?resolved\b|\b(?:is|are|was|now) (?:fully )?resolved\b|\bwe(?:'ve| have) resolved\b|^\s*(?:issue |incident )?resolved\b|\bresolved\s*[.!]?\s*$|\bincident (?:is )?(?:closed|over)\b|\ball clear\b/,
    ],
    es: [
      /\b(?:ha|han) (?:sido|quedado) (?:resuelt|solucionad)[oa]s?\b|\b(?:esta|estan|queda|quedan|quedo) (?:ya )?(?:completamente )?(?:resuelt|solucionad)[oa]s?\b|\bhemos (?:resuelto|solucionado)\b|\bse ha (?:resuelto|solucionado)\b|\b(?:incidencia|incidente|problema) (?:ya )?(?:resuelt|solucionad|cerrad)[oa]\b|^\s*resuelt[oa]\b|\bresuelt[oa]\s*[.!]?\s*$/,
    ],
  },
];

/** Just before a status word: it is not the message's status ("not yet identified"). */
export const STATUS_NEGATIONS: PhraseSet = {
  en: [/\b(?:not|n't|yet to|no|once|until|when|if|before)\s*(?:\w+\s+){0,2}$/],
  es: [/\b(?:no|aun no|todavia no|sin|cuando|hasta que|si|una vez|antes de)\s*(?:\w+\s+){0,2}$/],
};
