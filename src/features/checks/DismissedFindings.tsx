import { useId, useState, type Ref } from 'react';
import type { DismissedFinding } from '../../domain/checks/splitFindings';
import type { Communication, EpochMs, FindingDismissal } from '../../domain/model';
import { useI18n } from '../../i18n/useI18n';
import { messageTime } from './messageTime';
import { ruleName } from '../../i18n/ruleName';

interface Props {
  readonly dismissed: readonly DismissedFinding[];
  readonly communications: ReadonlyMap<string, Communication>;
  readonly alert: EpochMs | null;
  readonly zone: string;
  readonly onRestore: (dismissal: FindingDismissal) => void;
  /** The toggle, where focus goes back after a restore. */
  readonly toggleRef: Ref<HTMLButtonElement>;
}

/**
 * **Dismissed (n)**: the hints the room set aside, folded under a toggle; each names its
 * rule, its message and evidence, and has **Restore**.
 */
export function DismissedFindings({
  dismissed,
  communications,
  alert,
  zone,
  onRestore,
  toggleRef,
}: Props) {
  const { t, locale } = useI18n();
  const [open, setOpen] = useState(false);
  const listId = useId();
  return (
    <div className="checks-dismissed">
      <button
        ref={toggleRef}
        type="button"
        className="button button-small checks-dismissed-toggle"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="toggle-mark" aria-hidden="true">
          ▸
        </span>{' '}
        {t('checks.dismissedList', { count: dismissed.length })}
      </button>
      <div id={listId} hidden={!open}>
        <p className="dismissed-intro">{t('checks.dismissedIntro')}</p>
        <ul className="dismissed-list">
          {dismissed.map(({ finding, dismissal }) => {
            const name = t(ruleName(finding.rule));
            const instant =
              finding.communicationId === null
                ? null
                : (communications.get(finding.communicationId)?.instant ?? finding.instant);
            const where =
              instant === null || finding.channel === null
                ? t('checks.whereIncident')
                : t('checks.whereMessage', {
                    channel: finding.channel,
                    time: messageTime(instant, alert, zone, locale),
                  });
            return (
              <li key={dismissal.id} className="dismissed-item">
                <p className="dismissed-what">
                  <strong>{name}</strong> <span className="dismissed-where">({where})</span>{' '}
                  {finding.evidence}
                </p>
                <button
                  type="button"
                  className="button button-small"
                  aria-label={t('checks.restoreNamed', { rule: name, where })}
                  onClick={() => onRestore(dismissal)}
                >
                  {t('checks.restore')}
                </button>
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
