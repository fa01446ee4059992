import { useId, useMemo, useState } from 'react';
import { countByRule } from '../../domain/checks/countByRule';
import type { RuleId } from '../../domain/checks/ruleIds';
import type { ReviewData } from '../../domain/model';
import { useI18n } from '../../i18n/useI18n';
import { findingsOf } from './findingsOf';
import { flaggedCommunicationIds } from './flaggedCommunicationIds';
import { groupFindings } from './groupFindings';
import { MessageFindings } from './MessageFindings';
import { RuleFilter } from './RuleFilter';
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
 * text, with the incident-level ones last; counts per rule that filter the list; and
 * **Add as note** on each finding.
 */
export function MessageChecksPanel({ data, zone }: MessageChecksPanelProps) {
  const { t, language } = useI18n();
  const headingId = useId();
  const findings = findingsOf(data, language);
  const [rule, setRule] = useState<RuleId | null>(null);
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
  const notes = useFindingNotes(data);
  const messages = flaggedCommunicationIds(findings).size;

  return (
    <section className="message-checks" aria-labelledby={headingId}>
      <div className="checks-head">
        <h3 id={headingId}>{t('checks.heading')}</h3>
        {findings.length > 0 && (
          <p className="checks-total">
            {t('checks.total', { count: findings.length })}
            {messages > 0 && ` ${t('checks.onMessages', { count: messages })}`}
          </p>
        )}
        <p className="checks-status" role="status">
          {notes.status}
        </p>
      </div>
      <p className="checks-intro">{t('checks.intro')}</p>
      {findings.length === 0 ? (
        <p className="checks-none">{t('checks.none')}</p>
      ) : (
        <>
          <RuleFilter counts={counts} total={findings.length} active={active} onChange={setRule} />
          <ul className="check-groups">
            {groups.map((group) => (
              <MessageFindings
                key={group.communicationId ?? 'incident'}
                group={group}
                communication={
                  group.communicationId === null ? null : (byId.get(group.communicationId) ?? null)
                }
                alert={data.incident.alert}
                zone={zone}
                notes={notes}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
