/**
 * The common recommendations of step 5 (`../shared/spec/workshop.md`, "Make the plan":
 * the table root cause → recommendation), offered as starting points for actions. Plain
 * data with stable ids, in English (the spec's words) and Spanish; the UI picks the
 * language. Ids are stable: stored actions and translations may refer to them.
 */

export const RECOMMENDATION_LANGUAGES = ['en', 'es'] as const;
export type RecommendationLanguage = (typeof RECOMMENDATION_LANGUAGES)[number];

export type LocalizedText = Readonly<Record<RecommendationLanguage, string>>;

export type RecommendationId =
  | 'vague-update-beats-silence'
  | 'communication-roles'
  | 'templates-and-tone'
  | 'communication-plan'
  | 'communication-escalation';

export interface Recommendation {
  readonly id: RecommendationId;
  /** The root cause it answers. */
  readonly cause: LocalizedText;
  /** The recommended action, as the workshop's table words it. */
  readonly action: LocalizedText;
  /** The same as an action the team can start from: it begins with a verb. */
  readonly draft: LocalizedText;
}

/** In the spec's table order. */
export const RECOMMENDATIONS: readonly Recommendation[] = [
  {
    id: 'vague-update-beats-silence',
    cause: {
      en: "we didn't know what was wrong, so had nothing useful to say",
      es: 'no sabíamos qué fallaba, así que no teníamos nada útil que decir',
    },
    action: {
      en: 'a vague update beats silence: "we are still investigating X; next update in 30 minutes"',
      es: 'una actualización vaga es mejor que el silencio: «seguimos investigando X; próxima actualización en 30 minutos»',
    },
    draft: {
      en: 'Send a holding update even with nothing new: "We are still investigating X; next update in 30 minutes."',
      es: 'Enviar una actualización provisional aunque no haya novedades: «Seguimos investigando X; próxima actualización en 30 minutos.»',
    },
  },
  {
    id: 'communication-roles',
    cause: {
      en: 'nobody owned telling customers',
      es: 'nadie se encargaba de informar a los clientes',
    },
    action: {
      en: 'define communication roles so everyone knows their job next time',
      es: 'definir roles de comunicación para que la próxima vez cada uno sepa qué le toca',
    },
    draft: {
      en: 'Define communication roles so everyone knows their job next time',
      es: 'Definir roles de comunicación para que la próxima vez cada uno sepa qué le toca',
    },
  },
  {
    id: 'templates-and-tone',
    cause: {
      en: "we didn't know what to say or how",
      es: 'no sabíamos qué decir ni cómo decirlo',
    },
    action: {
      en: 'write templates for common incidents, or a voice-and-tone guide',
      es: 'escribir plantillas para los incidentes habituales, o una guía de voz y tono',
    },
    draft: {
      en: 'Write templates for common incidents, or a voice-and-tone guide',
      es: 'Escribir plantillas para los incidentes habituales, o una guía de voz y tono',
    },
  },
  {
    id: 'communication-plan',
    cause: {
      en: 'no agreed communication plan',
      es: 'no había un plan de comunicación acordado',
    },
    action: {
      en: 'write an incident communication plan from a template',
      es: 'escribir un plan de comunicación de incidentes a partir de una plantilla',
    },
    draft: {
      en: 'Write an incident communication plan from a template',
      es: 'Escribir un plan de comunicación de incidentes a partir de una plantilla',
    },
  },
  {
    id: 'communication-escalation',
    cause: {
      en: 'no chain of responsibility for communication, as there is for the fix',
      es: 'no había una cadena de responsabilidad para la comunicación, como la hay para la solución',
    },
    action: {
      en: 'define roles, responsibilities and escalation for communication',
      es: 'definir roles, responsabilidades y escalado para la comunicación',
    },
    draft: {
      en: 'Define roles, responsibilities and escalation for communication',
      es: 'Definir roles, responsabilidades y escalado para la comunicación',
    },
  },
];
