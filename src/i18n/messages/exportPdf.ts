/**
 * Messages of the PDF action plan (the button and the document's own words), in English
 * and Spanish. `en.ts` and `es.ts` spread them in. The document also uses the UI's words
 * for the things it names the same way (severities, gap ends and statuses, message kinds,
 * note categories, action statuses and the Summary's figures).
 */
import type { AreaMessages } from './AreaMessages';

export const exportPdfEn = {
  'export.pdf.button': 'Download PDF',
  'export.pdf.pageSize': 'Paper size',
  'export.pdf.pageSize.a4': 'A4',
  'export.pdf.pageSize.letter': 'US Letter',
  'export.pdf.working': 'Making the PDF…',
  'export.pdf.done': {
    one: 'Downloaded {file} ({count} page).',
    other: 'Downloaded {file} ({count} pages).',
  },
  'export.pdf.replaced':
    'The PDF font has no letters for some characters; they are shown as □ in the PDF: {chars}',
  'export.pdf.failed': 'The PDF could not be made: {reason}',
  'export.pdf.fontFailed': 'its font could not be loaded (HTTP {status}).',
  'export.pdf.fontOffline':
    'its font could not be loaded: this browser seems to be offline, and has not kept the font yet.',
  'export.pdf.noTimeline': 'The timeline drawing could not be captured; the PDF says so.',

  'export.pdf.kicker': 'Incident communication review',
  'export.pdf.alert': 'Alert',
  'export.pdf.resolution': 'Resolution',
  'export.pdf.notResolved': 'Not resolved: the figures run to the last message',
  'export.pdf.duration': 'Duration',
  'export.pdf.durationOpen': '{duration}, to the last message',
  'export.pdf.hours': '{hours} h {minutes} min',
  'export.pdf.severity': 'Severity',
  'export.pdf.target': 'Update target',
  'export.pdf.targetValue': 'an update every {ideal}–{max} minutes',
  'export.pdf.timeZone': 'Times shown in',
  'export.pdf.facilitator': 'Facilitator',
  'export.pdf.participants': 'Participants',
  'export.pdf.participantsAnonymous': 'Not listed: the session was held in anonymous mode.',
  'export.pdf.nobody': 'Nobody recorded',
  'export.pdf.summary': 'Summary',
  'export.pdf.summaryLegend': '⚠ marks a figure over the target of {max} minutes.',
  'export.pdf.noFigures.missing-alert': 'No figures: the incident has no alert time.',
  'export.pdf.noFigures.end-before-alert': 'No figures: the incident ends before its alert.',

  'export.pdf.plan': 'Action plan',
  'export.pdf.plan.action': 'Action',
  'export.pdf.plan.owner': 'Owner',
  'export.pdf.plan.deadline': 'Deadline',
  'export.pdf.plan.status': 'Status',
  'export.pdf.plan.for': 'Root cause: {cause}',
  'export.pdf.plan.noOwner': 'No owner',
  'export.pdf.plan.noDeadline': 'No deadline',
  'export.pdf.plan.none': 'No actions were agreed in this review.',

  'export.pdf.timeline': 'Timeline',
  'export.pdf.timeline.caption':
    'The whole incident, from the alert to the resolution, as Fit shows it. Over-target gaps are circled; the longest is ringed hardest. Follow-ups after the resolution are in the communications list.',
  'export.pdf.timeline.none':
    'No timeline image: this copy was made without the drawing (for example, from the command line). The gap table below has the same figures.',

  'export.pdf.gaps': 'Communication gaps',
  'export.pdf.gaps.from': 'From',
  'export.pdf.gaps.to': 'To',
  'export.pdf.gaps.minutes': 'Minutes',
  'export.pdf.gaps.status': 'Status',
  'export.pdf.gaps.legend':
    'Target: an update every {ideal}–{max} minutes. ⚠ marks a late update (over {ideal} minutes) and, in bold on a shaded row, a gap over the target (over {max} minutes); ★ marks the longest gap.',
  'export.pdf.gaps.longest': '★ longest',
  'export.pdf.gaps.none': 'No gaps to show.',

  'export.pdf.rootCauses': 'Problems and root causes',
  'export.pdf.rc.rank': '#',
  'export.pdf.rc.whys': 'Why? (the last answer is the root cause)',
  'export.pdf.rc.problems': 'Problems it explains',
  'export.pdf.rc.votes': 'Votes',
  'export.pdf.rc.picked': '✓ in the plan',
  'export.pdf.rc.none': 'No root causes were recorded in this review.',
  'export.pdf.anonymous': 'anonymous',

  'export.pdf.notes': 'Other notes from the session',
  'export.pdf.notes.time': 'Time',
  'export.pdf.notes.category': 'Note',
  'export.pdf.notes.text': 'Text',
  'export.pdf.notes.author': 'Author',

  'export.pdf.checks': 'Message checks the team kept',
  'export.pdf.checks.message': 'Message',
  'export.pdf.checks.hint': 'Hint',
  'export.pdf.checks.evidence': 'What was found',
  'export.pdf.checks.suggestion': 'Try',
  'export.pdf.checks.none': 'The message checks found nothing to point at.',
  'export.pdf.checks.allDismissed': 'The team dismissed every hint of the message checks.',
  'export.pdf.checks.dismissed': {
    one: '{count} hint was dismissed by the team and is not listed.',
    other: '{count} hints were dismissed by the team and are not listed.',
  },

  'export.pdf.recommendations': 'Recommendations used',
  'export.pdf.rec.cause': 'When the cause is…',
  'export.pdf.rec.action': 'Recommendation',
  'export.pdf.rec.none': 'No action was drafted from the common recommendations.',

  'export.pdf.comms': 'Communications',
  'export.pdf.comms.time': 'Time',
  'export.pdf.comms.channel': 'Channel',
  'export.pdf.comms.author': 'Author',
  'export.pdf.comms.kind': 'Type',
  'export.pdf.comms.text': 'Message',
  'export.pdf.comms.none': 'No communications were recorded.',

  'export.pdf.generated': 'Generated on {date} ({zone})',
  'export.pdf.page': 'Page {page} of {pages}',
  'export.pdf.cut': '[cut here: {count} characters in all]',
} as const;

export const exportPdfEs: AreaMessages<typeof exportPdfEn> = {
  'export.pdf.button': 'Descargar PDF',
  'export.pdf.pageSize': 'Tamaño del papel',
  'export.pdf.pageSize.a4': 'A4',
  'export.pdf.pageSize.letter': 'Carta (EE. UU.)',
  'export.pdf.working': 'Generando el PDF…',
  'export.pdf.done': {
    one: 'Descargado {file} ({count} página).',
    other: 'Descargado {file} ({count} páginas).',
  },
  'export.pdf.replaced':
    'La fuente del PDF no tiene letras para algunos caracteres; en el PDF aparecen como □: {chars}',
  'export.pdf.failed': 'No se pudo generar el PDF: {reason}',
  'export.pdf.fontFailed': 'no se pudo cargar su fuente (HTTP {status}).',
  'export.pdf.fontOffline':
    'no se pudo cargar su fuente: este navegador parece estar sin conexión y aún no la ha guardado.',
  'export.pdf.noTimeline': 'No se pudo capturar el dibujo de la cronología; el PDF lo indica.',

  'export.pdf.kicker': 'Revisión de la comunicación de un incidente',
  'export.pdf.alert': 'Alerta',
  'export.pdf.resolution': 'Resolución',
  'export.pdf.notResolved': 'Sin resolver: las cifras llegan hasta el último mensaje',
  'export.pdf.duration': 'Duración',
  'export.pdf.durationOpen': '{duration}, hasta el último mensaje',
  'export.pdf.hours': '{hours} h {minutes} min',
  'export.pdf.severity': 'Gravedad',
  'export.pdf.target': 'Objetivo de actualización',
  'export.pdf.targetValue': 'una actualización cada {ideal}–{max} minutos',
  'export.pdf.timeZone': 'Horas en',
  'export.pdf.facilitator': 'Quien facilita',
  'export.pdf.participants': 'Participantes',
  'export.pdf.participantsAnonymous': 'No se listan: la sesión se hizo en modo anónimo.',
  'export.pdf.nobody': 'No se registró a nadie',
  'export.pdf.summary': 'Resumen',
  'export.pdf.summaryLegend': '⚠ marca una cifra por encima del objetivo de {max} minutos.',
  'export.pdf.noFigures.missing-alert': 'Sin cifras: el incidente no tiene hora de alerta.',
  'export.pdf.noFigures.end-before-alert': 'Sin cifras: el incidente termina antes de su alerta.',

  'export.pdf.plan': 'Plan de acción',
  'export.pdf.plan.action': 'Acción',
  'export.pdf.plan.owner': 'Responsable',
  'export.pdf.plan.deadline': 'Fecha límite',
  'export.pdf.plan.status': 'Estado',
  'export.pdf.plan.for': 'Causa raíz: {cause}',
  'export.pdf.plan.noOwner': 'Sin responsable',
  'export.pdf.plan.noDeadline': 'Sin fecha límite',
  'export.pdf.plan.none': 'En esta revisión no se acordó ninguna acción.',

  'export.pdf.timeline': 'Cronología',
  'export.pdf.timeline.caption':
    'Todo el incidente, de la alerta a la resolución, como lo muestra Ajustar. Los huecos por encima del objetivo van en un círculo; el más largo, en el más marcado. Los seguimientos posteriores a la resolución están en la lista de comunicaciones.',
  'export.pdf.timeline.none':
    'Sin imagen de la cronología: esta copia se generó sin el dibujo (por ejemplo, desde la línea de comandos). La tabla de huecos de abajo tiene las mismas cifras.',

  'export.pdf.gaps': 'Huecos en la comunicación',
  'export.pdf.gaps.from': 'Desde',
  'export.pdf.gaps.to': 'Hasta',
  'export.pdf.gaps.minutes': 'Minutos',
  'export.pdf.gaps.status': 'Estado',
  'export.pdf.gaps.legend':
    'Objetivo: una actualización cada {ideal}–{max} minutos. ⚠ marca una actualización tardía (más de {ideal} minutos) y, en negrita sobre una fila sombreada, un hueco por encima del objetivo (más de {max} minutos); ★ marca el hueco más largo.',
  'export.pdf.gaps.longest': '★ el más largo',
  'export.pdf.gaps.none': 'No hay huecos que mostrar.',

  'export.pdf.rootCauses': 'Problemas y causas raíz',
  'export.pdf.rc.rank': 'N.º',
  'export.pdf.rc.whys': '¿Por qué? (la última respuesta es la causa raíz)',
  'export.pdf.rc.problems': 'Problemas que explica',
  'export.pdf.rc.votes': 'Votos',
  'export.pdf.rc.picked': '✓ en el plan',
  'export.pdf.rc.none': 'En esta revisión no se registró ninguna causa raíz.',
  'export.pdf.anonymous': 'anónimo',

  'export.pdf.notes': 'Otras notas de la sesión',
  'export.pdf.notes.time': 'Hora',
  'export.pdf.notes.category': 'Nota',
  'export.pdf.notes.text': 'Texto',
  'export.pdf.notes.author': 'Autor',

  'export.pdf.checks': 'Pistas de la revisión de mensajes que el equipo mantuvo',
  'export.pdf.checks.message': 'Mensaje',
  'export.pdf.checks.hint': 'Pista',
  'export.pdf.checks.evidence': 'Qué se encontró',
  'export.pdf.checks.suggestion': 'Sugerencia',
  'export.pdf.checks.none': 'La revisión de los mensajes no encontró nada que señalar.',
  'export.pdf.checks.allDismissed':
    'El equipo descartó todas las pistas de la revisión de los mensajes.',
  'export.pdf.checks.dismissed': {
    one: 'El equipo descartó {count} pista, que no aparece aquí.',
    other: 'El equipo descartó {count} pistas, que no aparecen aquí.',
  },

  'export.pdf.recommendations': 'Recomendaciones usadas',
  'export.pdf.rec.cause': 'Cuando la causa es…',
  'export.pdf.rec.action': 'Recomendación',
  'export.pdf.rec.none': 'Ninguna acción partió de las recomendaciones habituales.',

  'export.pdf.comms': 'Comunicaciones',
  'export.pdf.comms.time': 'Hora',
  'export.pdf.comms.channel': 'Canal',
  'export.pdf.comms.author': 'Autor',
  'export.pdf.comms.kind': 'Tipo',
  'export.pdf.comms.text': 'Mensaje',
  'export.pdf.comms.none': 'No se registró ninguna comunicación.',

  'export.pdf.generated': 'Generado el {date} ({zone})',
  'export.pdf.page': 'Página {page} de {pages}',
  'export.pdf.cut': '[cortado aquí: {count} caracteres en total]',
};
