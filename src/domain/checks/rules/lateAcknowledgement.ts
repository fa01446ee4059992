/**
 * `late-acknowledgement` (`../shared/spec/checks.md`): the first customer message came
 * strictly more than the target's upper bound after the alert. Only the first message.
 */
import type { CheckRule } from '../checkContext';
import { formatMinutes } from '../text/formatMinutes';

export const lateAcknowledgement: CheckRule = {
  id: 'late-acknowledgement',
  suggestion: {
    en: 'Acknowledge the problem sooner: a short first message ("we are investigating problems with X; next update in 30 minutes") within the target.',
    es: 'Reconoce el problema antes: un primer mensaje breve ("estamos investigando problemas con X; próxima actualización en 30 minutos") dentro del objetivo.',
  },
  check: ({ incident, messages }) => {
    const first = messages[0];
    if (first === undefined || incident.alert === null) return [];
    const late = first.communication.instant - incident.alert;
    const max = incident.target.max;
    if (!(late > max * 60_000)) return [];
    const minutes = formatMinutes(late / 60_000);
    return [
      {
        message: first,
        evidence: {
          en: `First customer message ${minutes} after the alert; the target's upper bound is ${max} min.`,
          es: `Primer mensaje a clientes ${minutes} después de la alerta; el límite del objetivo es ${max} min.`,
        },
      },
    ];
  },
};
