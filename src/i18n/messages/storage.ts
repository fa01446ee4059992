/**
 * Messages of storage health, in English and Spanish: the storage indicator (is the data
 * kept?), the backup reminders, the banner of a tab a newer Gapline made outdated, and why
 * the app runs in memory. `en.ts` and `es.ts` spread them in.
 */
import type { AreaMessages } from './AreaMessages';

export const storageEn = {
  'storage.state.checking': 'Storage: checking…',
  'storage.state.kept': 'Storage: kept',
  'storage.state.atRisk': 'Storage: may be cleared by the browser',
  'storage.state.memory': 'Storage: this tab only',
  'storage.state.outdated': 'Storage: not saving in this tab',
  'storage.explain.checking':
    'Gapline keeps your reviews in this browser, on this device. It asks the browser to keep them when you first change something.',
  'storage.explain.kept':
    'This browser has agreed to keep Gapline’s data until you delete it. It is still only on this device: keep a backup of the reviews you need.',
  'storage.explain.atRisk':
    'This browser has not promised to keep Gapline’s data: it may delete it, for example when the disk is nearly full. Back up the reviews you want to keep.',
  'storage.explain.safari':
    'Safari (and every browser on iPhone and iPad) deletes a site’s data after seven days without a visit. Gapline is used once per incident: back up each review after its workshop.',
  'storage.explain.memory':
    'This browser does not let Gapline store data, so reviews live only in this tab and are lost when you close or reload it. Back up before you close it.',
  'storage.explain.outdated':
    'A newer Gapline opened your data in another tab. This tab stopped saving so that it cannot write over it: reload.',
  'storage.remind.home': 'Use “Back up all reviews” below the list to save a copy.',

  'storage.plan.heading': 'Keep a copy of this review',
  'storage.plan.body':
    'The review is saved in this browser only. Before you close the session, save a backup file with the incident’s other documents: “Import timeline” restores it exactly.',

  'storage.outdated.title': 'A newer Gapline opened your data: reload',
  'storage.outdated.body':
    'Gapline was updated in another tab and upgraded the data this browser keeps. This tab has stopped saving so that it cannot write old-style data over it. Reload to keep working with the new version.',
  'storage.outdated.unsaved':
    'Changes this tab could not save are lost when you reload: use “Back up this review” first, then restore the file with “Import timeline”.',
  'storage.outdated.reload': 'Reload',

  'storage.memory.version.title': 'A newer Gapline keeps your data here',
  'storage.memory.version.body':
    'Gapline’s data in this browser was written by a newer version. This tab leaves it untouched, so what you do here lives only in this tab. Reload to get the newer version.',
  'storage.memory.quota.body':
    'This browser has no storage space left for Gapline. Reviews live only in this tab and are lost when you close or reload it: free some space, or back up before you close it.',
  'storage.memory.unknown.body':
    'Gapline could not open this browser’s storage. Reviews live only in this tab and are lost when you close or reload it: back up before you close it.',

  'storage.saveFailed.backup': 'A backup file holds every change shown here, saved or not:',
  'storage.keptInTab': 'Kept in this tab only',
} as const;

export const storageEs: AreaMessages<typeof storageEn> = {
  'storage.state.checking': 'Almacenamiento: comprobando…',
  'storage.state.kept': 'Almacenamiento: conservado',
  'storage.state.atRisk': 'Almacenamiento: el navegador puede borrarlo',
  'storage.state.memory': 'Almacenamiento: solo esta pestaña',
  'storage.state.outdated': 'Almacenamiento: esta pestaña no guarda',
  'storage.explain.checking':
    'Gapline guarda tus revisiones en este navegador, en este dispositivo. Pide al navegador que las conserve cuando cambias algo por primera vez.',
  'storage.explain.kept':
    'Este navegador ha aceptado conservar los datos de Gapline hasta que los borres. Siguen estando solo en este dispositivo: guarda una copia de las revisiones que necesites.',
  'storage.explain.atRisk':
    'Este navegador no ha prometido conservar los datos de Gapline: puede borrarlos, por ejemplo cuando el disco está casi lleno. Haz una copia de las revisiones que quieras conservar.',
  'storage.explain.safari':
    'Safari (y cualquier navegador en iPhone y iPad) borra los datos de un sitio tras siete días sin visitarlo. Gapline se usa una vez por incidente: haz una copia de cada revisión después de su taller.',
  'storage.explain.memory':
    'Este navegador no deja que Gapline guarde datos, así que las revisiones viven solo en esta pestaña y se pierden al cerrarla o recargarla. Haz una copia antes de cerrarla.',
  'storage.explain.outdated':
    'Una versión más nueva de Gapline abrió tus datos en otra pestaña. Esta pestaña dejó de guardar para no escribir encima: recárgala.',
  'storage.remind.home':
    'Usa «Hacer una copia de seguridad de todas las revisiones», debajo de la lista, para guardar una copia.',

  'storage.plan.heading': 'Guarda una copia de esta revisión',
  'storage.plan.body':
    'La revisión solo está guardada en este navegador. Antes de cerrar la sesión, guarda un archivo de copia con los demás documentos del incidente: «Importar cronología» lo restaura tal cual.',

  'storage.outdated.title': 'Una versión más nueva de Gapline abrió tus datos: recarga',
  'storage.outdated.body':
    'Gapline se actualizó en otra pestaña y actualizó los datos que guarda este navegador. Esta pestaña ha dejado de guardar para no escribir datos del formato antiguo encima. Recarga para seguir trabajando con la versión nueva.',
  'storage.outdated.unsaved':
    'Los cambios que esta pestaña no pudo guardar se pierden al recargar: usa antes «Hacer una copia de seguridad de esta revisión» y luego restaura el archivo con «Importar cronología».',
  'storage.outdated.reload': 'Recargar',

  'storage.memory.version.title': 'Una versión más nueva de Gapline guarda tus datos aquí',
  'storage.memory.version.body':
    'Los datos de Gapline en este navegador los escribió una versión más nueva. Esta pestaña no los toca, así que lo que hagas aquí vive solo en esta pestaña. Recarga para obtener la versión nueva.',
  'storage.memory.quota.body':
    'Este navegador no tiene espacio para Gapline. Las revisiones viven solo en esta pestaña y se pierden al cerrarla o recargarla: libera espacio o haz una copia antes de cerrarla.',
  'storage.memory.unknown.body':
    'Gapline no pudo abrir el almacenamiento de este navegador. Las revisiones viven solo en esta pestaña y se pierden al cerrarla o recargarla: haz una copia antes de cerrarla.',

  'storage.saveFailed.backup':
    'Un archivo de copia guarda todos los cambios que ves aquí, guardados o no:',
  'storage.keptInTab': 'Solo en esta pestaña',
};
