/**
 * Messages of the offline app (the service worker's update notice), in English and Spanish.
 * `en.ts` and `es.ts` spread them in; the dictionary test checks that both languages have
 * the same keys and placeholders.
 */
import type { AreaMessages } from './AreaMessages';

export const offlineEn = {
  'offline.update.title': 'A new version of Gapline is ready',
  'offline.update.body':
    'It starts when you reload the page. Your saved reviews stay in this browser.',
  'offline.update.unsaved':
    'Your latest changes are not saved yet: reloading now would lose them. Back up this review first.',
  'offline.update.memoryOnly':
    'This tab keeps your reviews in memory only: reloading loses them. Back up all reviews first.',
  'offline.update.reload': 'Reload to update',
  'offline.update.dismiss': 'Not now',
} as const;

export const offlineEs: AreaMessages<typeof offlineEn> = {
  'offline.update.title': 'Hay una nueva versión de Gapline',
  'offline.update.body':
    'Se pone en marcha al recargar la página. Tus revisiones guardadas siguen en este navegador.',
  'offline.update.unsaved':
    'Tus últimos cambios aún no están guardados: si recargas ahora, se pierden. Haz antes una copia de seguridad de esta revisión.',
  'offline.update.memoryOnly':
    'Esta pestaña guarda tus revisiones solo en memoria: al recargar se pierden. Haz antes una copia de seguridad de todas las revisiones.',
  'offline.update.reload': 'Recargar para actualizar',
  'offline.update.dismiss': 'Ahora no',
};
