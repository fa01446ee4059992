import { useId, useState, type FormEvent } from 'react';
import { COMMUNICATION_KINDS, type CommunicationKind } from '../../domain/model';
import { parseLocalDateTime } from '../../domain/time/parseLocalDateTime';
import { toLocalDateTimeValue } from '../../domain/time/toLocalDateTimeValue';
import { zoneOffsetMinutes } from '../../domain/time/zoneOffsetMinutes';
import { useT } from '../../i18n/useT';
import type { CommunicationValues } from './CommunicationValues';

interface Props {
  /** Values to edit; a new communication starts from `defaultInstant`. */
  readonly initial: CommunicationValues | null;
  readonly defaultInstant: number | null;
  readonly zone: string;
  readonly channelNames: readonly string[];
  readonly submitLabel: string;
  readonly onSubmit: (values: CommunicationValues) => Promise<void>;
  readonly onCancel?: () => void;
}

/**
 * The add/edit form of a communication: time (read in the display zone), channel (with the
 * review's channels suggested), author, kind and text.
 */
export function CommunicationForm(props: Props) {
  const { initial, defaultInstant, zone, channelNames, submitLabel, onSubmit, onCancel } = props;
  const t = useT();
  const id = useId();
  const startTime = initial?.instant ?? defaultInstant;
  const initialTime = startTime === null ? '' : toLocalDateTimeValue(startTime, zone);
  const [time, setTime] = useState(initialTime);
  const [channel, setChannel] = useState(initial?.channelName ?? '');
  const [author, setAuthor] = useState(initial?.author ?? '');
  const [kind, setKind] = useState<CommunicationKind>(initial?.kind ?? 'update');
  const [text, setText] = useState(initial?.text ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const unchangedTime = initial !== null && time === initialTime;
    const instant = unchangedTime ? initial.instant : parseLocalDateTime(time, zone);
    if (instant === null) {
      setError(t('comms.form.invalidTime', { zone }));
      return;
    }
    if (channel.trim() === '') {
      setError(t('comms.form.channelRequired'));
      return;
    }
    const offsetMinutes = unchangedTime ? initial.offsetMinutes : zoneOffsetMinutes(instant, zone);
    setBusy(true);
    setError(null);
    try {
      await onSubmit({
        instant,
        offsetMinutes,
        channelName: channel.trim(),
        author: author.trim(),
        kind,
        text,
      });
      if (initial === null) {
        setText('');
      }
    } catch (e) {
      setError(t('comms.form.failed', { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="comm-form" onSubmit={(e) => void submit(e)} noValidate>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-time`}>{t('comms.form.time')}</label>
          <input
            id={`${id}-time`}
            type="datetime-local"
            value={time}
            onChange={(e) => setTime(e.target.value)}
            required
          />
          <p className="field-hint">{zone.replaceAll('_', ' ')}</p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-channel`}>{t('comms.form.channel')}</label>
          <input
            id={`${id}-channel`}
            list={`${id}-channels`}
            value={channel}
            onChange={(e) => setChannel(e.target.value)}
            autoComplete="off"
            required
          />
          <datalist id={`${id}-channels`}>
            {channelNames.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
        </div>
        <div className="field">
          <label htmlFor={`${id}-author`}>{t('comms.form.author')}</label>
          <input id={`${id}-author`} value={author} onChange={(e) => setAuthor(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('comms.form.kind')}</label>
          <select
            id={`${id}-kind`}
            value={kind}
            onChange={(e) => {
              const next = COMMUNICATION_KINDS.find((k) => k === e.target.value);
              if (next !== undefined) setKind(next);
            }}
          >
            {COMMUNICATION_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-text`}>{t('comms.form.text')}</label>
        <textarea
          id={`${id}-text`}
          rows={4}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      {error !== null && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        {onCancel !== undefined && (
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
        <button type="submit" className="button button-primary" disabled={busy}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
