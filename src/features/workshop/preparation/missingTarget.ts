import type { PhaseKind, ReviewData } from '../../../domain/model';
import type { MissingAnswer } from '../../../domain/workshop/preparationCompleteness';
import type { MessageKey } from '../../../i18n/Dictionary';
import type { PrepFieldIds } from './prepFieldIds';

/** Where a missing answer is given: a field of this panel, or a place described in words. */
export type MissingTarget =
  | { readonly kind: 'field'; readonly id: string }
  | {
      readonly kind: 'elsewhere';
      readonly where: MessageKey;
      /** A message key to translate into `{field}`, when the place names a field. */
      readonly field?: MessageKey;
    };

const PHASE_OF: Readonly<Record<`phase-${PhaseKind}`, PhaseKind>> = {
  'phase-investigation': 'investigation',
  'phase-escalation': 'escalation',
  'phase-decision': 'decision',
  'phase-change': 'change',
};

const header = (field: MessageKey): MissingTarget => ({
  kind: 'elsewhere',
  where: 'prep.where.header',
  field,
});

/**
 * The field that answers `code`. The incident header's fields have no stable ids, so the
 * alert, resolution and severity are described; phases need the alert first.
 */
export function missingTarget(
  code: MissingAnswer,
  data: Pick<ReviewData, 'incident' | 'preparation'>,
  ids: PrepFieldIds,
): MissingTarget {
  switch (code) {
    case 'alert':
      return header('review.field.alert');
    case 'resolution':
      return header('review.field.resolution');
    case 'severity':
      return header('review.field.severity');
    case 'communications':
      return { kind: 'elsewhere', where: 'prep.where.communications' };
    case 'phase-investigation':
    case 'phase-escalation':
    case 'phase-decision':
    case 'phase-change':
      return data.incident.alert === null
        ? { kind: 'elsewhere', where: 'prep.where.alertFirst' }
        : { kind: 'field', id: ids.phases[PHASE_OF[code]] };
    case 'customer-impact':
      return { kind: 'field', id: ids.customerImpact };
    case 'expected-duration':
      return { kind: 'field', id: ids.expectedDuration };
    case 'affected':
      return { kind: 'field', id: ids.affected };
    case 'affected-detail':
      return { kind: 'field', id: ids.affectedDetail };
    case 'workaround':
      return {
        kind: 'field',
        id: data.preparation?.workaroundAvailable === true ? ids.workaroundText : ids.workaround,
      };
  }
}
