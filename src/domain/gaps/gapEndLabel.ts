import type { GapEnd } from './types';

/** English contract labels of gap ends (`Alert`, `Update 3`, `Resolution update`, …). */
export function gapEndLabel(end: GapEnd): string {
  switch (end.kind) {
    case 'alert':
      return 'Alert';
    case 'update':
      return `Update ${end.n}`;
    case 'resolution-update':
      return 'Resolution update';
    case 'resolution':
      return 'Resolution';
    case 'last-message':
      return 'Last message';
  }
}
