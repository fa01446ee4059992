/**
 * Messages of the exports section and its text formats (Markdown, CSV of the actions,
 * calendar) and of backups, in English and Spanish. `en.ts` and `es.ts` spread them in.
 * The documents' own words (`export.doc.*`) are the report's, so a wiki page, a calendar
 * entry and a spreadsheet read alike; labels the app already has (table columns, statuses,
 * figures) are reused from their areas.
 */
import type { AreaMessages } from './AreaMessages';

export const exportTextEn = {
  'export.heading': 'Take the plan away',
  'export.intro': 'Everything below is made in this browser from this review; nothing is uploaded.',

  'export.md.copy': 'Copy Markdown',
  'export.md.download': 'Download Markdown',
  'export.csv.download': 'Download CSV',
  'export.ics.download': 'Download calendar',
  'export.copied': 'Copied',
  'export.copyFailed':
    'Copying failed ({message}). Use Download Markdown instead, or allow this page to use the clipboard.',
  'export.downloaded': 'Downloaded {name}.',
  'export.failed': 'The export failed: {message}',
  'export.ics.skipped': {
    one: '{count} action has no deadline and is left out of the calendar.',
    other: '{count} actions have no deadline and are left out of the calendar.',
  },
  'export.ics.nothing': 'No action has a deadline yet, so there is nothing to put in a calendar.',
  'export.backup.review': 'Back up this review',
  'export.backup.hint':
    'A Gapline file with the whole review, screenshots included. Import timeline on the home page restores it.',

  'backup.all': 'Back up all reviews',
  'backup.allHint':
    'One Gapline file with every review in this browser. Import timeline restores them.',
  'backup.allDone': {
    one: 'Backed up {count} review to {name}.',
    other: 'Backed up {count} reviews to {name}.',
  },
  'backup.allFailed': 'The backup failed: {message}',
  'preview.format.gapline-backup': 'Gapline backup',
  'preview.existing':
    'This review is already in this browser: it will be imported as a copy, beside the one you have.',

  'export.doc.title': 'Communication review: {title}',
  'export.doc.generated': 'Made with Gapline on {date}. Times are in {zone}.',
  'export.doc.incident': 'Incident',
  'export.doc.alert': 'Alert',
  'export.doc.resolution': 'Resolution',
  'export.doc.open': 'not resolved (the incident is open)',
  'export.doc.duration': 'Duration',
  'export.doc.durationOpen': '{duration}, up to the last message',
  'export.doc.hours': '{hours} h {minutes} min',
  'export.doc.severity': 'Severity',
  'export.doc.timeZone': 'Time zone',
  'export.doc.target': 'Update target',
  'export.doc.targetValue': 'an update every {ideal}–{max} minutes',
  'export.doc.source': 'Source',
  'export.doc.people': 'People',
  'export.doc.facilitator': 'Facilitator',
  'export.doc.participants': 'Participants',
  'export.doc.noParticipants': 'nobody was added to the room',
  'export.doc.anonymous':
    'Anonymous mode: the names of the participants and of the notes’ authors are left out.',
  'export.doc.figure': 'Figure',
  'export.doc.value': 'Value',
  'export.doc.overTarget': '{value} (over target)',
  'export.doc.plan': 'Action plan',
  'export.doc.noOwner': 'nobody yet',
  'export.doc.gapsLegend':
    'OK: up to {ideal} min · Late: up to {max} min · Gap: more than {max} min, over the target.',
  'export.doc.gapOver': 'Gap: over the {max}-minute target',
  'export.doc.longest': '{status}, the longest',
  'export.doc.noGaps': 'The gaps can be computed once the incident has an alert time.',
  'export.doc.votes': 'Votes',
  'export.doc.picked': 'Picked for the plan',
  'export.doc.notPicked': 'Not picked for the plan',
  'export.doc.whyChain': 'Why-chain',
  'export.doc.problemBy': '{category}: {text} ({author}, {time})',
  'export.doc.recommendations': 'Recommendations chosen',
  'export.doc.noRecommendations': 'The plan uses none of the common recommendations.',
  'export.doc.noCommunications': 'No communications.',
  'export.doc.checks': 'Message checks the team kept',
  'export.doc.checksNone': 'The message checks found nothing to point at.',
  'export.doc.checksAllDismissed': 'The team dismissed every hint of the message checks.',
  'export.doc.checksDismissed': {
    one: '{count} hint was dismissed by the team and is not listed.',
    other: '{count} hints were dismissed by the team and are not listed.',
  },
  'export.doc.checksTry': 'Try: {suggestion}',
  'export.doc.calendarName': 'Actions: {title}',
  'export.doc.owner': 'Owner: {owner}',
  'export.doc.review': 'Review: {title}',
  'export.doc.rootCause': 'Root cause: {rootCause}',
  'export.doc.status': 'Status: {status}',
} as const;

export const exportTextEs: AreaMessages<typeof exportTextEn> = {
  'export.heading': 'Llévate el plan',
  'export.intro':
    'Todo lo de abajo se genera en este navegador a partir de esta revisión; no se sube nada.',

  'export.md.copy': 'Copiar Markdown',
  'export.md.download': 'Descargar Markdown',
  'export.csv.download': 'Descargar CSV',
  'export.ics.download': 'Descargar calendario',
  'export.copied': 'Copiado',
  'export.copyFailed':
    'No se pudo copiar ({message}). Usa Descargar Markdown o permite que esta página use el portapapeles.',
  'export.downloaded': 'Descargado {name}.',
  'export.failed': 'La exportación falló: {message}',
  'export.ics.skipped': {
    one: '{count} acción no tiene fecha límite y queda fuera del calendario.',
    other: '{count} acciones no tienen fecha límite y quedan fuera del calendario.',
  },
  'export.ics.nothing':
    'Ninguna acción tiene fecha límite todavía, así que no hay nada que poner en un calendario.',
  'export.backup.review': 'Hacer una copia de seguridad de esta revisión',
  'export.backup.hint':
    'Un archivo de Gapline con toda la revisión, capturas incluidas. Importar cronología, en la página de inicio, la restaura.',

  'backup.all': 'Hacer una copia de seguridad de todas las revisiones',
  'backup.allHint':
    'Un solo archivo de Gapline con todas las revisiones de este navegador. Importar cronología las restaura.',
  'backup.allDone': {
    one: 'Copia de seguridad de {count} revisión en {name}.',
    other: 'Copia de seguridad de {count} revisiones en {name}.',
  },
  'backup.allFailed': 'La copia de seguridad falló: {message}',
  'preview.format.gapline-backup': 'Copia de seguridad de Gapline',
  'preview.existing':
    'Esta revisión ya está en este navegador: se importará como copia, junto a la que tienes.',

  'export.doc.title': 'Revisión de la comunicación: {title}',
  'export.doc.generated': 'Hecho con Gapline el {date}. Las horas están en {zone}.',
  'export.doc.incident': 'Incidente',
  'export.doc.alert': 'Alerta',
  'export.doc.resolution': 'Resolución',
  'export.doc.open': 'sin resolver (el incidente sigue abierto)',
  'export.doc.duration': 'Duración',
  'export.doc.durationOpen': '{duration}, hasta el último mensaje',
  'export.doc.hours': '{hours} h {minutes} min',
  'export.doc.severity': 'Gravedad',
  'export.doc.timeZone': 'Zona horaria',
  'export.doc.target': 'Objetivo de actualización',
  'export.doc.targetValue': 'una actualización cada {ideal}–{max} minutos',
  'export.doc.source': 'Origen',
  'export.doc.people': 'Personas',
  'export.doc.facilitator': 'Facilitador',
  'export.doc.participants': 'Participantes',
  'export.doc.noParticipants': 'no se añadió a nadie a la sala',
  'export.doc.anonymous':
    'Modo anónimo: se omiten los nombres de los participantes y de los autores de las notas.',
  'export.doc.figure': 'Cifra',
  'export.doc.value': 'Valor',
  'export.doc.overTarget': '{value} (por encima del objetivo)',
  'export.doc.plan': 'Plan de acción',
  'export.doc.noOwner': 'nadie todavía',
  'export.doc.gapsLegend':
    'Bien: hasta {ideal} min · Tarde: hasta {max} min · Hueco: más de {max} min, por encima del objetivo.',
  'export.doc.gapOver': 'Hueco: por encima del objetivo de {max} minutos',
  'export.doc.longest': '{status}, el más largo',
  'export.doc.noGaps': 'Los huecos se pueden calcular cuando el incidente tenga hora de alerta.',
  'export.doc.votes': 'Votos',
  'export.doc.picked': 'Elegida para el plan',
  'export.doc.notPicked': 'No elegida para el plan',
  'export.doc.whyChain': 'Cadena de porqués',
  'export.doc.problemBy': '{category}: {text} ({author}, {time})',
  'export.doc.recommendations': 'Recomendaciones elegidas',
  'export.doc.noRecommendations': 'El plan no usa ninguna de las recomendaciones habituales.',
  'export.doc.noCommunications': 'Sin comunicaciones.',
  'export.doc.checks': 'Pistas de la revisión de mensajes que el equipo mantuvo',
  'export.doc.checksNone': 'La revisión de los mensajes no encontró nada que señalar.',
  'export.doc.checksAllDismissed':
    'El equipo descartó todas las pistas de la revisión de los mensajes.',
  'export.doc.checksDismissed': {
    one: 'El equipo descartó {count} pista, que no aparece aquí.',
    other: 'El equipo descartó {count} pistas, que no aparecen aquí.',
  },
  'export.doc.checksTry': 'Sugerencia: {suggestion}',
  'export.doc.calendarName': 'Acciones: {title}',
  'export.doc.owner': 'Responsable: {owner}',
  'export.doc.review': 'Revisión: {title}',
  'export.doc.rootCause': 'Causa raíz: {rootCause}',
  'export.doc.status': 'Estado: {status}',
};
