import type { AnalysisError } from '../../domain/gaps/types';
import type { Communication, Incident } from '../../domain/model';
import { formatDateTime } from '../../domain/time/formatDateTime';
import { useI18n } from '../../i18n/useI18n';
import { describeEndBeforeAlert } from './describeEndBeforeAlert';

interface Props {
  readonly error: AnalysisError;
  readonly incident: Pick<Incident, 'alert' | 'resolution'>;
  readonly communications: readonly Communication[];
  readonly zone: string;
}

/** Why there are no gaps: an alert that is missing, or an end before the alert (both times named). */
export function AnalysisErrorAlert({ error, incident, communications, zone }: Props) {
  const { t, locale } = useI18n();
  const detail =
    error.code === 'end-before-alert' ? describeEndBeforeAlert(incident, communications) : null;
  return (
    <div className="notice notice-error" role="alert">
      {detail === null
        ? error.code === 'missing-alert'
          ? t('gaps.error.missing-alert')
          : error.message
        : t('gaps.error.end-before-alert', {
            what: t(`gaps.error.what.${detail.what}`),
            end: formatDateTime(detail.end, zone, locale),
            alert: formatDateTime(detail.alert, zone, locale),
          })}
    </div>
  );
}
