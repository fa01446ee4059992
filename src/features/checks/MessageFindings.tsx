import type { Finding } from '../../domain/checks/finding';
import type { Communication, EpochMs } from '../../domain/model';
import { useI18n } from '../../i18n/useI18n';
import { FindingItem } from './FindingItem';
import type { FindingGroup } from './groupFindings';
import { MessageText } from './MessageText';
import { messageTime } from './messageTime';
import type { FindingNotes } from './useFindingNotes';

interface Props {
  readonly group: FindingGroup;
  /** The message the group is about; null for the incident as a whole (or not found). */
  readonly communication: Communication | null;
  /** The alert: a message of another day shows its date too. */
  readonly alert: EpochMs | null;
  readonly zone: string;
  readonly notes: FindingNotes;
  readonly onDismiss: (finding: Finding) => void;
}

/**
 * The findings about one message, next to it: its time in the display zone and channel as
 * the heading, its text, then each finding. The incident-level group has its own heading.
 */
export function MessageFindings({ group, communication, alert, zone, notes, onDismiss }: Props) {
  const { t, locale } = useI18n();
  const first = group.findings[0];
  const instant = communication?.instant ?? first?.instant ?? null;
  const time =
    group.communicationId === null || instant === null
      ? null
      : messageTime(instant, alert, zone, locale);
  return (
    <li className={`check-group${time === null ? ' check-group-incident' : ''}`}>
      <h4 className="check-group-head">
        {time === null ? (
          t('checks.incident')
        ) : (
          <>
            <span className="check-time">{time}</span>
            {' · '}
            <span className="check-channel">{first?.channel ?? ''}</span>
          </>
        )}
      </h4>
      {communication !== null && <MessageText text={communication.text} />}
      <ul className="findings">
        {group.findings.map((finding, i) => (
          <FindingItem
            key={`${finding.rule}-${i}`}
            finding={finding}
            time={time}
            notes={notes}
            onDismiss={onDismiss}
          />
        ))}
      </ul>
    </li>
  );
}
