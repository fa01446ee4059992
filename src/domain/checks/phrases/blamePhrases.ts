/**
 * A third party presented as the culprit (`blame`): "entirely their fault", "nothing wrong on
 * our side", "por culpa de nuestro proveedor", "se debe a un fallo de nuestro proveedor, no a
 * nosotros". Naming a provider as helping, fixing or as context does not match; a retraction
 * (`BLAME_RETRACTIONS`) silences the message.
 */
import type { PhraseSet } from './phraseSet';

const THIRD_EN = String.raw`(?:provider|providers|vendor|vendors|partner|partners|supplier|suppliers|third[- ]part(?:y|ies)|upstream|host|hosting (?:provider|company)|cloud provider|data ?cent(?:er|re)|isp|carrier|cdn|aws|amazon|azure|microsoft|google(?: cloud)?|gcp|cloudflare|akamai|fastly|stripe|twilio|paypal|adyen|bank|they|them)`;
const THIRD_ES = String.raw`(?:proveedor(?:es)?|tercer[oa]s?|socio|socios|partner|operador(?:a)?|compania|empresa|hosting|nube|centro de datos|aws|amazon|azure|microsoft|google|cloudflare|akamai|stripe|paypal|redsys|banco|entidad|pasarela de (?:pago|pagos) externa|plataforma externa|servicio externo|fabricante)`;

export const BLAME_PHRASES: PhraseSet = {
  en: [
    /\b(?:entirely|completely|solely|wholly|totally|squarely|100%|all)\s+(?:their|the\s+[\w -]{1,30}?'s|[\w-]+'s)\s+(?:fault|doing|responsibility)\b/,
    /(?<!\bnot\s)(?<!n't\s)(?<!\bno\s)\b(?:their|the\s+(?:provider|vendor|partner|supplier|host|isp|carrier|third[- ]party)'s)\s+fault\b/,
    /\b(?:entirely|completely|solely|wholly|totally)\s+the\s+fault\s+of\b/,
    /\bnothing\s+(?:was\s+|is\s+|went\s+)?wrong\s+(?:on|at|with|in)\s+our\s+(?:side|end|systems?|platform|part)\b/,
    /\bno\s+(?:problem|issue|fault|error|failure)s?\s+(?:on|at|with)\s+our\s+(?:side|end|part)\b/,
    /\b(?:not|isn't|wasn't|is not|was not|nothing to do with)\s+(?:an?\s+)?(?:problem|issue|fault|error|failure)?\s*(?:on|at|with)?\s*our\s+(?:fault|side|end|doing|systems|responsibility)\b/,
    /\bnot\s+(?:caused\s+by\s+)?us\b/,
    /\bwe\s+(?:are|were)\s+not\s+(?:to blame|responsible|at fault)\b/,
    new RegExp(
      String.raw`\b(?:the\s+|our\s+)?${THIRD_EN}(?:'s)?\s+(?:is|was|are|were)\s+(?:entirely\s+|solely\s+|fully\s+|totally\s+)?(?:to blame|at fault|responsible for (?:this|the) (?:outage|incident|issue|problem|disruption))\b`,
    ),
    /\b(?:blame|fault)\s+(?:lies|rests|is|was)\s+(?:entirely\s+|solely\s+)?(?:with|on)\b/,
    new RegExp(
      String.raw`\b(?:caused|due)\s+(?:entirely|solely|only|exclusively|wholly|100%)\s+(?:by|to)\s+(?:\S+\s+){0,3}?${THIRD_EN}\b`,
    ),
    /\b(?:beyond|outside(?:\s+of)?)\s+our\s+control\b/,
  ],
  es: [
    new RegExp(String.raw`\bpor\s+culpa\s+(?:de|del)\s+(?:\S+\s+){0,3}?${THIRD_ES}\b`),
    /\b(?:la\s+)?culpa\s+(?:es|fue|ha sido|la tiene|la tuvo|recae en|recae sobre)\s+(?:exclusivamente\s+|totalmente\s+|enteramente\s+|unicamente\s+|solo\s+)?(?:de|del|en|sobre)\b/,
    /\bno\s+(?:es|fue|ha sido)\s+(?:culpa|responsabilidad)\s+(?:nuestra|de nosotros|nuestro)\b/,
    /\bno\s+(?:es|fue|ha sido)\s+(?:un\s+)?(?:problema|fallo|error)\s+(?:nuestro|de nuestra parte|de nosotros|de nuestros sistemas)\b/,
    /,?\s*\bno\s+(?:a|de|por)\s+nosotros\b/,
    /\b(?:nada|ningun\s+(?:problema|fallo|error))\s+(?:en|de|por)\s+(?:nuestra parte|nuestro lado|nuestros sistemas)\b/,
    /\b(?:responsabilidad|culpa)\s+(?:exclusiva|unica|total|integra)\s+(?:de|del)\b/,
    new RegExp(
      String.raw`\b(?:el\s+|nuestro\s+|la\s+|nuestra\s+)?${THIRD_ES}\s+(?:es|fue|ha sido)\s+(?:el\s+|la\s+)?(?:unic[oa]\s+)?(?:responsable|culpable)\b`,
    ),
    new RegExp(
      String.raw`\b(?:ajen[oa]s?|fuera de nuestro control)\b(?=[^.;]{0,200}\b${THIRD_ES}\b)|\b${THIRD_ES}\b[^.;]{0,200}\b(?:ajen[oa]s? a nosotros|fuera de nuestro control)\b`,
    ),
  ],
};

/** "beyond our control" blames only with a third party named in the same sentence. */
export const NEEDS_THIRD_PARTY = /\b(?:beyond|outside(?:\s+of)?)\s+our\s+control\b/;
export const THIRD_PARTY_EN = new RegExp(String.raw`\b${THIRD_EN}\b`);

/** The message takes earlier blame back: it does not blame. */
export const BLAME_RETRACTIONS: PhraseSet = {
  en: [
    /\b(?:it|this)\s+(?:was|is)\s+not\s+(?:their|the\s+[\w -]{1,30}?'s)\s+fault\b/,
    /\bnot\s+(?:their|the\s+(?:provider|vendor|partner|supplier|host)'s)\s+fault\b/,
    /\bwe\s+(?:wrongly|incorrectly|mistakenly)\s+(?:said|stated|blamed|attributed|reported|suggested)\b/,
    /\b(?:our|the)\s+earlier\s+(?:update|message|post)\s+(?:wrongly|incorrectly|mistakenly)\b/,
    /\b(?:correction|we were wrong|we take (?:full )?responsibility)\b|\b(?:was|is|'s)\s+(?:entirely\s+|completely\s+)?our\s+(?:own\s+)?(?:mistake|error|fault)\b/,
  ],
  es: [
    /\bno\s+(?:fue|es|ha sido)\s+culpa\s+(?:de|del)\b/,
    /\b(?:nos equivocamos|erroneamente|por error atribuimos|rectificamos|corregimos lo|asumimos (?:toda\s+)?la responsabilidad|(?:fue|es) (?:nuestro|un) error nuestro|(?<!\bno\s)(?:fue|es) culpa nuestra)\b/,
  ],
};
