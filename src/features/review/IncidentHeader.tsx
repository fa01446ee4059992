import type { Incident } from '../../domain/model';
import { useT } from '../../i18n/useT';
import { TimeZoneSelect } from '../../ui/TimeZoneSelect';
import { DateTimeField } from './DateTimeField';
import type { IncidentPatch } from '../../store/AppState';
import { SeverityField } from './SeverityField';
import { TargetFields } from './TargetFields';
import { TitleField } from './TitleField';

interface Props {
  readonly incident: Incident;
  /** The zone every time on the page is shown and typed in. */
  readonly zone: string;
  readonly onUpdate: (patch: IncidentPatch) => void;
  readonly onZoneChange: (zone: string) => void;
}

/** The incident's editable header: title, alert, resolution, zone, severity, target. */
export function IncidentHeader({ incident, zone, onUpdate, onZoneChange }: Props) {
  const t = useT();
  return (
    <section className="incident-header panel" aria-label={t('review.incident')}>
      <div className="incident-title-row">
        <TitleField value={incident.title} onCommit={(title) => onUpdate({ title })} />
        <TargetFields target={incident.target} onCommit={(target) => onUpdate({ target })} />
      </div>
      <div className="form-grid">
        <DateTimeField
          label={t('review.field.alert')}
          value={incident.alert}
          zone={zone}
          onCommit={(alert) => onUpdate({ alert })}
        />
        <DateTimeField
          label={t('review.field.resolution')}
          value={incident.resolution}
          zone={zone}
          optional
          hint={t('review.field.resolutionHint')}
          onCommit={(resolution) => onUpdate({ resolution })}
        />
        <TimeZoneSelect
          label={t('review.field.timeZone')}
          value={zone}
          hint={t('review.field.timeZoneHint')}
          onChange={onZoneChange}
        />
        <SeverityField value={incident.severity} onCommit={(severity) => onUpdate({ severity })} />
      </div>
    </section>
  );
}
