import { useId, useMemo } from 'react';
import { formatDateTime } from '../../domain/time/formatDateTime';
import { formatInstant } from '../../domain/time/formatInstant';
import type { ImportedIncident } from '../../import/contract';
import { useI18n } from '../../i18n/useI18n';
import { ImportWarningList } from './ImportWarningList';
import { RejectedRowList } from './RejectedRowList';
import { summarizeImportedIncident } from '../../import/summarizeImportedIncident';

interface Props {
  readonly imported: ImportedIncident;
  /** With several incidents in a file, each gets a checkbox. */
  readonly selectable: boolean;
  readonly selected: boolean;
  /** The file's review is already in this browser: it is imported as a copy. */
  readonly existing: boolean;
  readonly onToggle: () => void;
}

/** One incident of the file as it will be imported: counts, channels, span, problems. */
export function ImportedIncidentPreview(props: Props) {
  const { imported, selectable, selected, existing, onToggle } = props;
  const { t, locale } = useI18n();
  const id = useId();
  // Made by the import worker; else here, once per incident, not on every render (a
  // checkbox, a time zone, a save's progress): for 100,000 messages it is ~40–100 ms.
  const s = useMemo(() => imported.summary ?? summarizeImportedIncident(imported), [imported]);
  const when = (ms: number) => formatDateTime(ms, s.timeZone, locale);
  return (
    <article className={`import-incident${selectable && !selected ? ' is-unselected' : ''}`}>
      {selectable ? (
        <div className="check-title">
          <input id={id} type="checkbox" checked={selected} onChange={onToggle} />
          <label htmlFor={id}>{s.title}</label>
        </div>
      ) : (
        <h3>{s.title}</h3>
      )}
      {existing && <p className="preview-existing">{t('preview.existing')}</p>}
      <ul className="facts">
        <li>{t('preview.communications', { count: s.communicationCount })}</li>
        <li>
          {s.channelNames.length === 0
            ? t('preview.noChannels')
            : t('preview.channels', { list: s.channelNames.join(', ') })}
        </li>
        <li>
          {s.alert === null ? t('preview.noAlert') : t('preview.alert', { time: when(s.alert) })}
        </li>
        <li>
          {s.first === null || s.last === null
            ? t('preview.noSpan')
            : t('preview.span', { from: when(s.first), to: when(s.last) })}
        </li>
        {s.sourceTimeZone !== null && <li>{t('preview.zoneNote', { zone: s.sourceTimeZone })}</li>}
      </ul>
      {s.samples.length > 0 && (
        <div className="samples">
          <h4>{t('preview.sample')}</h4>
          <ol>
            {s.samples.map(({ communication, channel }) => (
              <li key={communication.id}>
                <span className="nowrap">
                  {formatInstant(communication.instant, s.timeZone, locale)}
                </span>
                {' · '}
                {channel}
                {' · '}
                <span className="sample-text">{communication.text.slice(0, 120)}</span>
              </li>
            ))}
          </ol>
        </div>
      )}
      <RejectedRowList rows={imported.rejected} />
      <ImportWarningList warnings={imported.warnings} />
    </article>
  );
}
