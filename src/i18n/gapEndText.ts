import type { GapEnd } from '../domain/gaps/types';
import type { Translate } from './I18nContext';

/** The translated label of a gap end (`Update 3`, `Actualización 3`, …). */
export function gapEndText(end: GapEnd, t: Translate): string {
  switch (end.kind) {
    case 'alert':
      return t('gaps.end.alert');
    case 'update':
      return t('gaps.end.update', { n: end.n });
    case 'resolution-update':
      return t('gaps.end.resolution-update');
    case 'resolution':
      return t('gaps.end.resolution');
    case 'last-message':
      return t('gaps.end.last-message');
  }
}
