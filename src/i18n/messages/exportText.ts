/**
 * Messages of the exports section and its text formats (Markdown, CSV of the actions,
 * calendar) and of backups, in English and Spanish. `en.ts` and `es.ts` spread them in.
 */
import type { AreaMessages } from './AreaMessages';

export const exportTextEn = {
  'export.heading': 'Take the plan away',
  'export.intro': 'Everything below is made in this browser from this review; nothing is uploaded.',
} as const;

export const exportTextEs: AreaMessages<typeof exportTextEn> = {
  'export.heading': 'Llévate el plan',
  'export.intro':
    'Todo lo de abajo se genera en este navegador a partir de esta revisión; no se sube nada.',
};
