import { useCallback, useId, useMemo, useRef, useState } from 'react';
import type { Finding } from '../../domain/checks/finding';
import { countByRule } from '../../domain/checks/countByRule';
import type { RuleId } from '../../domain/checks/ruleIds';
import type { FindingDismissal, ReviewData } from '../../domain/model';
import { useI18n } from '../../i18n/useI18n';
import { DismissedFindings } from './DismissedFindings';
import { flaggedCommunicationIds } from './flaggedCommunicationIds';
import { groupFindings } from './groupFindings';
import { keptFindingsOf } from './keptFindingsOf';
import { MessageFindings } from './MessageFindings';
import { RuleFilter } from './RuleFilter';
import { useFindingDismissals } from './useFindingDismissals';
import { useFindingNotes } from './useFindingNotes';
import './checks.css';

export interface MessageChecksPanelProps {
  /** The open review (the store's `current`). */
  readonly data: ReviewData;
  /** The display time zone. */
  readonly zone: string;
}

/**
 * Step 3's **Message checks** (`../shared/spec/checks.md`): hints about what each customer
 * message said, derived from the review (never stored), grouped by message next to its
 * text, with the incident-level ones last; counts per rule that filter the list; **Add as
 * note** and **Dismiss** on each finding, and the dismissed ones under **Dismissed (n)**
 * with **Restore**. Only the kept findings count, mark the drawing and reach the exports.
 */
export function MessageChecksPanel({ data, zone }: MessageChecksPanelProps) {
  const { t, language } = useI18n();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const dismissedToggle = useRef<HTMLButtonElement>(null);
  const { kept: findings, dismissed } = keptFindingsOf(data, language);
  const [rule, setRule] = useState<RuleId | null>(null);
  const [status, setStatus] = useState('');
  const counts = useMemo(() => countByRule(findings), [findings]);
  const active = rule !== null && counts[rule] > 0 ? rule : null;
  const groups = useMemo(
    () => groupFindings(active === null ? findings : findings.filter((f) => f.rule === active)),
    [findings, active],
  );
  const byId = useMemo(
    () => new Map(data.communications.map((c) => [c.id, c])),
    [data.communications],
  );
  const notes = useFindingNotes(data, setStatus);
  const dismissals = useFindingDismissals(setStatus);
  const messages = flaggedCommunicationIds(findings).size;

  // The dismissed finding's buttons leave the page: focus goes to the panel's heading.
  const onDismiss = useCallback(
    (finding: Finding) => {
      void dismissals.dismiss(finding).then((ok) => {
        if (ok) heading.current?.focus();
      });
    },
    [dismissals],
  );
  const onRestore = useCallback(
    (dismissal: FindingDismissal) => {
      void dismissals.restore(dismissal).then((ok) => {
        if (ok) (dismissedToggle.current ?? heading.current)?.focus();
      });
    },
    [dismissals],
  );

  return (
    <section className="message-checks" aria-labelledby={headingId}>
      <div className="checks-head">
        <h3 id={headingId} ref={heading} tabIndex={-1}>
          {t('checks.heading')}
        </h3>
        {findings.length > 0 && (
          <p className="checks-total">
            {t('checks.total', { count: findings.length })}
            {messages > 0 && ` ${t('checks.onMessages', { count: messages })}`}
          </p>
        )}
        <p className="checks-status" role="status">
          {status}
        </p>
      </div>
      <p className="checks-intro">{t('checks.intro')}</p>
      {findings.length === 0 ? (
        <p className="checks-none">
          {dismissed.length > 0 ? t('checks.allDismissed') : t('checks.none')}
        </p>
      ) : (
        <>
          <RuleFilter counts={counts} total={findings.length} active={active} onChange={setRule} />
          {/* Focusable so a keyboard can scroll it (axe: scrollable-region-focusable). */}
          <div
            className="check-scroll"
            tabIndex={0}
            role="group"
            aria-label={t('checks.listLabel')}
          >
            <ul className="check-groups">
              {groups.map((group) => (
                <MessageFindings
                  key={group.communicationId ?? 'incident'}
                  group={group}
                  communication={
                    group.communicationId === null
                      ? null
                      : (byId.get(group.communicationId) ?? null)
                  }
                  alert={data.incident.alert}
                  zone={zone}
                  notes={notes}
                  onDismiss={onDismiss}
                />
              ))}
            </ul>
          </div>
        </>
      )}
      {dismissed.length > 0 && (
        <DismissedFindings
          dismissed={dismissed}
          communications={byId}
          alert={data.incident.alert}
          zone={zone}
          onRestore={onRestore}
          toggleRef={dismissedToggle}
        />
      )}
    </section>
  );
}
