/**
 * `no-follow-up` (`../shared/spec/checks.md`): a resolution exists (a resolution message, or
 * the incident's resolution time) and no follow-up message was sent. About the incident.
 */
import type { CheckRule } from '../checkContext';
import { formatInstant } from '../../time/formatInstant';

export const noFollowUp: CheckRule = {
  id: 'no-follow-up',
  suggestion: {
    en: 'Send a follow-up: what happened, how it was fixed, and what will stop it from happening again.',
    es: 'Envía un seguimiento: qué pasó, cómo se arregló y qué evitará que vuelva a ocurrir.',
  },
  check: ({ incident, messages, displayZone }) => {
    if (messages.some((m) => m.communication.kind === 'follow-up')) return [];
    const resolution = messages.find((m) => m.communication.kind === 'resolution');
    const at = resolution?.communication.instant ?? incident.resolution;
    if (at === null) return [];
    const when = formatInstant(at, displayZone);
    return [
      {
        message: null,
        evidence: {
          en: `Resolved (${when}), but no follow-up message was sent.`,
          es: `Resuelto (${when}), pero no se envió ningún mensaje de seguimiento.`,
        },
      },
    ];
  },
};
