/**
 * Messages of the workshop's step bar, step timer and people panel (src/features/workshop),
 * in English and Spanish. `en.ts` and `es.ts` spread them in; the dictionary test checks
 * both have the same keys and placeholders. The English step names are contracts.
 */
import type { AreaMessages } from './AreaMessages';

export const workshopEn = {
  'workshop.steps.label': 'Workshop steps',
  'workshop.step.preparation': 'Preparation',
  'workshop.step.walk': 'Walk the timeline',
  'workshop.step.gaps': 'Mind the gaps',
  'workshop.step.assess': 'Assess',
  'workshop.step.root-causes': 'Root causes',
  'workshop.step.plan': 'Plan',
  'workshop.step.minutes': '{minutes} min',
  'workshop.title.preparation': 'Before the session: preparation',
  'workshop.title.walk': 'Step 1 — Walk the timeline',
  'workshop.title.gaps': 'Step 2 — Mind the gaps',
  'workshop.title.assess': 'Step 3 — Assess the communication',
  'workshop.title.root-causes': 'Step 4 — Find the root causes',
  'workshop.title.plan': 'Step 5 — Make the plan',

  'workshop.prep.intro':
    'The facilitator prepares the incident before the session (45–60 minutes) and answers:',
  'workshop.prep.times': 'When it started (first alert) and when it ended (resolution).',
  'workshop.prep.phases':
    'How long investigation, escalation, decision-making and applying the change took (drawn as bands).',
  'workshop.prep.impact':
    'What customers saw that told them something was wrong; attach screenshots to show in the room.',
  'workshop.prep.comms':
    'Every communication sent during and after the incident: channel, sender and time. Import them or type them in.',
  'workshop.prep.checklist':
    'Severity, the expected duration given, who was affected, and any workaround offered.',
  'workshop.walk.body':
    'The facilitator presents the incident and walks the drawing. Participants add what is missing, such as a forgotten email or a tweet.',
  'workshop.walk.safeSpace':
    'This is a safe space: speak openly about frustration, confusion and disagreement.',
  'workshop.gaps.body':
    'Every gap between customer updates is listed: alert to first update, between updates, last update to resolution. Gaps longer than the target ({ideal}–{max} minutes) are circled; the longest stand out most.',
  'workshop.assess.body':
    'Add sticky notes on problem gaps, confusion and other communication problems: double-click the drawing, or use Add a note. When the room stalls, show a guiding question.',
  'workshop.rootCauses.body':
    'Each participant places their notes on the timeline and explains them briefly. For each problem, ask why it happened in the communication process and write down its root cause, as a chain of “why?” answers if that helps.',
  'workshop.plan.body':
    'Pick the two or three problems that matter most (voting helps) and write an action for each root cause, with an owner and a deadline. Record only plans the team believes are worth doing.',

  'workshop.questions.heading': 'Guiding questions',
  'workshop.questions.position': 'Question {number} of {total}',
  'workshop.questions.previous': 'Previous',
  'workshop.questions.next': 'Next',
  'workshop.questions.showAll': 'Show all questions',
  'workshop.questions.1':
    'How did we route customers who hit an error page? Is that the usual path when our product fails?',
  'workshop.questions.2': 'How would you have felt as a customer in this incident?',
  'workshop.questions.3':
    'Did we communicate early and often? (Step 2 answers this.) Why, or why not?',
  'workshop.questions.4': 'How did we decide who contacts customers?',
  'workshop.questions.5': 'Did we talk to the right customers? How do we know?',
  'workshop.questions.6':
    'Could customers see and reach our channels easily? How did they know where to look?',
  'workshop.questions.7': 'Did our communication reduce the need to contact support?',
  'workshop.questions.8': 'What do customers know about this incident from our messages alone?',

  'workshop.timer.heading': 'Step timer',
  'workshop.timer.label': 'Timer',
  'workshop.timer.start': 'Start',
  'workshop.timer.pause': 'Pause',
  'workshop.timer.addFive': '+5 min',
  'workshop.timer.reset': 'Reset',
  'workshop.timer.sound': 'Sound',
  'workshop.timer.timeUp': 'Time is up',
  'workshop.timer.timeUpFor': 'Time is up: {step}',
  'workshop.timer.running': 'Running',
  'workshop.timer.paused': 'Paused',
  'workshop.timer.notStarted': 'Not started',
  'workshop.timer.sessionHeading': 'Session time',
  'workshop.timer.session': 'Session {elapsed} of {total}',
  'workshop.timer.noTimer': 'The preparation has no timer; each of steps 1 to 5 has its own.',

  'workshop.people.heading': 'People in the room',
  'workshop.people.count': { one: '{count} person', other: '{count} people' },
  'workshop.people.empty': 'Nobody added yet.',
  'workshop.people.facilitator': 'Facilitator',
  'workshop.people.name': 'Name',
  'workshop.people.role': 'Role',
  'workshop.people.roleHint': 'Optional: engineering, support, marketing…',
  'workshop.people.add': 'Add person',
  'workshop.people.nameRequired': 'Enter a name.',
  'workshop.people.remove': 'Remove',
  'workshop.people.removeNamed': 'Remove {name}',
  'workshop.people.removed': '{name} removed',
  'workshop.people.added': '{name} added',
  'workshop.people.restored': '{name} is back',
  'workshop.people.undo': 'Undo',
  'workshop.people.undoNamed': 'Undo removing {name}',
  'workshop.people.failed': 'The change could not be applied: {message}',
  'workshop.people.anonymous': 'Anonymous mode',
  'workshop.people.anonymousHint': 'Hides who wrote each note, on screen and in every export.',
  'workshop.people.anonymousOn': 'Anonymous mode is on.',
} as const;

export const workshopEs: AreaMessages<typeof workshopEn> = {
  'workshop.steps.label': 'Pasos del taller',
  'workshop.step.preparation': 'Preparación',
  'workshop.step.walk': 'Recorrer la cronología',
  'workshop.step.gaps': 'Revisar los huecos',
  'workshop.step.assess': 'Evaluar',
  'workshop.step.root-causes': 'Causas raíz',
  'workshop.step.plan': 'Plan',
  'workshop.step.minutes': '{minutes} min',
  'workshop.title.preparation': 'Antes de la sesión: preparación',
  'workshop.title.walk': 'Paso 1 — Recorrer la cronología',
  'workshop.title.gaps': 'Paso 2 — Revisar los huecos',
  'workshop.title.assess': 'Paso 3 — Evaluar la comunicación',
  'workshop.title.root-causes': 'Paso 4 — Encontrar las causas raíz',
  'workshop.title.plan': 'Paso 5 — Hacer el plan',

  'workshop.prep.intro':
    'Quien facilita prepara el incidente antes de la sesión (45–60 minutos) y responde:',
  'workshop.prep.times': 'Cuándo empezó (primera alerta) y cuándo terminó (resolución).',
  'workshop.prep.phases':
    'Cuánto duraron la investigación, el escalado, la toma de decisiones y la aplicación del cambio (se dibujan como bandas).',
  'workshop.prep.impact':
    'Qué vieron los clientes que les indicó que algo iba mal; adjunta capturas para mostrarlas en la sala.',
  'workshop.prep.comms':
    'Cada comunicación enviada durante el incidente y después: canal, remitente y hora. Impórtalas o escríbelas.',
  'workshop.prep.checklist':
    'La gravedad, la duración prevista que se comunicó, a quién afectó y si se ofreció alguna alternativa.',
  'workshop.walk.body':
    'Quien facilita presenta el incidente y recorre el dibujo. Los participantes añaden lo que falta, como un correo olvidado o un tuit.',
  'workshop.walk.safeSpace':
    'Este es un espacio seguro: habla con franqueza de la frustración, la confusión y los desacuerdos.',
  'workshop.gaps.body':
    'Se listan todos los huecos entre actualizaciones a los clientes: de la alerta a la primera actualización, entre actualizaciones y de la última actualización a la resolución. Los huecos más largos que el objetivo ({ideal}–{max} minutos) se marcan con un círculo; los más largos destacan más.',
  'workshop.assess.body':
    'Añade notas adhesivas sobre los huecos problemáticos, la confusión y otros problemas de comunicación: haz doble clic en el dibujo o usa Añadir una nota. Si la sala se atasca, muestra una pregunta guía.',
  'workshop.rootCauses.body':
    'Cada participante coloca sus notas en la cronología y las explica brevemente. Para cada problema, el grupo se pregunta por qué ocurrió en el proceso de comunicación y anota su causa raíz, como una cadena de respuestas a «¿por qué?» si ayuda.',
  'workshop.plan.body':
    'El grupo elige los dos o tres problemas que más importan (votar ayuda) y escribe una acción para cada causa raíz, con responsable y fecha límite. Anota solo los planes que el equipo cree que merecen la pena.',

  'workshop.questions.heading': 'Preguntas guía',
  'workshop.questions.position': 'Pregunta {number} de {total}',
  'workshop.questions.previous': 'Anterior',
  'workshop.questions.next': 'Siguiente',
  'workshop.questions.showAll': 'Mostrar todas las preguntas',
  'workshop.questions.1':
    '¿Adónde enviamos a los clientes que veían una página de error? ¿Es el camino habitual cuando nuestro producto falla?',
  'workshop.questions.2': '¿Cómo te habrías sentido como cliente durante este incidente?',
  'workshop.questions.3':
    '¿Comunicamos pronto y a menudo? (El paso 2 lo responde.) ¿Por qué sí o por qué no?',
  'workshop.questions.4': '¿Cómo decidimos quién contacta con los clientes?',
  'workshop.questions.5': '¿Hablamos con los clientes adecuados? ¿Cómo lo sabemos?',
  'workshop.questions.6':
    '¿Podían los clientes ver y usar nuestros canales con facilidad? ¿Cómo sabían dónde mirar?',
  'workshop.questions.7': '¿Redujo nuestra comunicación la necesidad de contactar con soporte?',
  'workshop.questions.8': '¿Qué saben los clientes de este incidente solo por nuestros mensajes?',

  'workshop.timer.heading': 'Temporizador del paso',
  'workshop.timer.label': 'Temporizador',
  'workshop.timer.start': 'Iniciar',
  'workshop.timer.pause': 'Pausar',
  'workshop.timer.addFive': '+5 min',
  'workshop.timer.reset': 'Reiniciar',
  'workshop.timer.sound': 'Sonido',
  'workshop.timer.timeUp': 'Se acabó el tiempo',
  'workshop.timer.timeUpFor': 'Se acabó el tiempo: {step}',
  'workshop.timer.running': 'En marcha',
  'workshop.timer.paused': 'En pausa',
  'workshop.timer.notStarted': 'Sin iniciar',
  'workshop.timer.sessionHeading': 'Tiempo de la sesión',
  'workshop.timer.session': 'Sesión {elapsed} de {total}',
  'workshop.timer.noTimer':
    'La preparación no tiene temporizador; cada paso del 1 al 5 tiene el suyo.',

  'workshop.people.heading': 'Personas en la sala',
  'workshop.people.count': { one: '{count} persona', other: '{count} personas' },
  'workshop.people.empty': 'Todavía no hay nadie.',
  'workshop.people.facilitator': 'Quien facilita',
  'workshop.people.name': 'Nombre',
  'workshop.people.role': 'Rol',
  'workshop.people.roleHint': 'Opcional: ingeniería, soporte, marketing…',
  'workshop.people.add': 'Añadir persona',
  'workshop.people.nameRequired': 'Escribe un nombre.',
  'workshop.people.remove': 'Quitar',
  'workshop.people.removeNamed': 'Quitar a {name}',
  'workshop.people.removed': 'Se quitó a {name}',
  'workshop.people.added': 'Se añadió a {name}',
  'workshop.people.restored': '{name} ha vuelto',
  'workshop.people.undo': 'Deshacer',
  'workshop.people.undoNamed': 'Deshacer quitar a {name}',
  'workshop.people.failed': 'No se pudo aplicar el cambio: {message}',
  'workshop.people.anonymous': 'Modo anónimo',
  'workshop.people.anonymousHint':
    'Oculta quién escribió cada nota, en pantalla y en todas las exportaciones.',
  'workshop.people.anonymousOn': 'El modo anónimo está activado.',
};
