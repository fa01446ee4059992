/**
 * Messages of one area of the app, in English and Spanish. `en.ts` and `es.ts` spread them
 * in; the dictionary test checks that both languages have the same keys and placeholders.
 */
import type { AreaMessages } from './AreaMessages';

export const presenterEn = {
  'presenter.open': 'Open presenter window',
  'presenter.controls': 'Presenter controls',
  'presenter.fullScreen': 'Full screen',
  'presenter.backToReview': 'Back to the review',
  'presenter.loading': 'Opening the presenter view…',
  'presenter.overTarget': 'over target',
  'presenter.screenshot': 'What customers saw',
  'presenter.backToTimeline': 'Back to the timeline',
} as const;

export const presenterEs: AreaMessages<typeof presenterEn> = {
  'presenter.open': 'Abrir ventana de presentación',
  'presenter.controls': 'Controles de la presentación',
  'presenter.fullScreen': 'Pantalla completa',
  'presenter.backToReview': 'Volver a la revisión',
  'presenter.loading': 'Abriendo la vista de presentación…',
  'presenter.overTarget': 'por encima del objetivo',
  'presenter.screenshot': 'Lo que vieron los clientes',
  'presenter.backToTimeline': 'Volver a la cronología',
};
