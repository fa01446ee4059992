/**
 * Where a message says when the next update will come, with a clock time or an interval
 * (`../shared/spec/checks.md`, `no-next-update` and `broken-promise`): "next update in 30
 * minutes", "we'll update you by 10:15 BST", "updates every 30 minutes on Twitter",
 * "próxima actualización a las 09:30 hora peninsular", "In 30 minutes we'll post another
 * update". A fix ETA ("working again within 10 minutes") is not one, nor are words with no
 * time ("shortly", "we'll keep you posted", "seguimos trabajando").
 */
import { clauseAfter } from '../text/clauseAfter';
import { clauseBefore } from '../text/clauseBefore';
import { readTime } from './readTime';
import type { TimeExpression } from './timeExpression';

export interface NextUpdatePromise {
  /** The promise as written (cue to time). */
  readonly words: string;
  readonly time: TimeExpression;
  readonly index: number;
}

const CUES: readonly RegExp[] = [
  // English nouns with a determiner, verbs after a modal, fixed phrases.
  /\b(?:next|another|further|new|additional|a further|more|regular|status|progress|follow-up)\s+(?:status\s+)?(?:update|report|bulletin|post|email|message|notice)s?\b/g,
  /\b(?:will|'ll|shall|going to|plan to|aim to|expect to|to)\s+(?:update|post|provide|share|send|give|publish|issue|follow up|check in|circle back|report back|write|email|get back)\b/g,
  /\bupdates\b/g,
  /\bmore(?=\s+(?:on|at|via)\s)/g,
  /\b(?:(?:more|further)\s+(?:information|details|info|news)|be back with|check back|hear from us|keep (?:you|everyone|customers|users) (?:posted|updated|informed)|let (?:you|everyone|customers|users) know)\b/g,
  // Spanish.
  /\b(?:proxima|siguiente|nueva|otra|nuevas|proximas|siguientes)\s+(?:actualizacion|actualizaciones|informacion|comunicacion|nota|revision|novedad|novedades|parte|aviso)\b/g,
  /\bmas\s+(?:informacion|detalles|novedades)\b/g,
  /\b(?:actualizaremos|informaremos|publicaremos|daremos|contaremos|diremos|explicaremos|comentaremos|indicaremos|detallaremos|compartiremos|enviaremos|comunicaremos|notificaremos|avisaremos|escribiremos|volveremos a (?:informar|escribir|publicar|actualizar|comunicar)|(?:mantendremos|seguiremos manteniendo) (?:informad[oa]s?|al tanto))\b/g,
  /\b(?:actualizaciones|novedades|publicamos|informamos|actualizamos)\b/g,
];

const PREPOSITIONS =
  /\b(?:in|within|by|at|around|before|every|after|no later than|en|dentro de|a las|a la|antes de las|antes de la|hacia las|hacia la|sobre las|sobre la|en torno a las|para las|para la|a eso de las|no mas tarde de las|cada|en un plazo de|en menos de|pasad[oa]s)\b|[:\u2013\u2014-](?=\s*\d)/g;

const BLOCKERS =
  /\b(?:when|once|after|if|as soon|fix|fixed|fixes|patch|hotfix|deployed|deploy|resolved|restored|back|complete|completed|finished|recover|recovered|eta|expect|expected|and|but|cuando|una vez|tras|en cuanto|si|solucion|correccion|corregido|resuelto|restablecido|y|pero|esperamos|estimamos|o)\b/;

/** "deploying an update at 14:00" is a change, not a message. */
const CHANGE_BEFORE =
  /\b(?:deploy\w*|roll\w* out|appl(?:y|ied|ying)|releas\w*|ship\w*|install\w*|push\w*|desplieg\w*|despleg\w*|aplic\w*|instal\w*|lanz\w*)\s+(?:\S+\s+){0,2}$/;

const TIME_FIRST =
  /\b(?:in|within|by|at|around|en|dentro de|a las|a la|antes de las|hacia las|sobre las)\s/g;
const CUE_AFTER_TIME =
  /^[,\s]*(?:we(?:'ll| will| shall| are going to) (?:post|provide|share|send|give|publish|update|issue)|(?:les |os |le )?(?:publicaremos|daremos|enviaremos|informaremos|actualizaremos|compartiremos|comunicaremos|volveremos a informar)|habra (?:una )?(?:nueva |proxima )?actualizacion)\b/;

/** "tomorrow", "mañana" — but not "de la mañana", "por la mañana", "esta mañana" (the morning). */
const TOMORROW = /(?<!\b(?:la|esta)\s)\b(?:tomorrow|manana)\b/;

function isSpanishClock(preposition: string): boolean {
  return /\bla(?:s)?$/.test(preposition);
}

export function readNextUpdatePromises(folded: string, original: string): NextUpdatePromise[] {
  const found: NextUpdatePromise[] = [];
  const push = (index: number, time: TimeExpression) => {
    if (found.some((p) => p.index === index)) return;
    found.push({
      words: original.slice(index, time.end).replace(/\s+/gu, ' ').trim(),
      time,
      index,
    });
  };

  for (const cue of CUES) {
    cue.lastIndex = 0;
    for (let m = cue.exec(folded); m !== null; m = cue.exec(folded)) {
      if (CHANGE_BEFORE.test(clauseBefore(folded, m.index, 40))) continue;
      const start = m.index + m[0].length;
      const rest = clauseAfter(folded, start, 90);
      PREPOSITIONS.lastIndex = 0;
      for (let p = PREPOSITIONS.exec(rest); p !== null; p = PREPOSITIONS.exec(rest)) {
        const filler = rest.slice(0, p.index);
        if (BLOCKERS.test(filler) || filler.trim().split(/\s+/).length > 6) break;
        const time = readTime(folded, start + p.index + p[0].length, {
          spanishClock: isSpanishClock(p[0]),
          tomorrow: TOMORROW.test(filler) || TOMORROW.test(clauseBefore(folded, m.index, 30)),
        });
        if (time !== null) {
          push(m.index, time);
          break;
        }
      }
    }
  }

  TIME_FIRST.lastIndex = 0;
  for (let m = TIME_FIRST.exec(folded); m !== null; m = TIME_FIRST.exec(folded)) {
    const time = readTime(folded, m.index + m[0].length, {
      spanishClock: isSpanishClock(m[0].trim()),
      tomorrow: TOMORROW.test(clauseBefore(folded, m.index, 20)),
    });
    const after = time === null ? null : CUE_AFTER_TIME.exec(folded.slice(time.end, time.end + 60));
    if (time !== null && after !== null)
      push(m.index, { ...time, end: time.end + after[0].length });
  }
  return found.sort((a, b) => a.index - b.index);
}
