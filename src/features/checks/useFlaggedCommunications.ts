import { NO_FLAGGED } from '../../canvas/layers/DotsLayer';
import type { ReviewData } from '../../domain/model';
import { useI18n } from '../../i18n/useI18n';
import { flaggedCommunicationIds } from './flaggedCommunicationIds';
import { keptFindingsOf } from './keptFindingsOf';

/**
 * The messages whose dots carry a finding marker: in workshop step 3 (Assess) only, those
 * with kept (not dismissed) findings of the message checks — the same memoised findings as
 * the **Message checks** panel. The review page and the presenter window both draw them.
 */
export function useFlaggedCommunications(data: ReviewData): ReadonlySet<string> {
  const { language } = useI18n();
  return data.session?.step === 'assess'
    ? flaggedCommunicationIds(keptFindingsOf(data, language).kept)
    : NO_FLAGGED;
}
