import { useId, useState, type FormEvent } from 'react';
import type { EpochMs } from '../../../domain/model';
import { parseLocalDateTime } from '../../../domain/time/parseLocalDateTime';
import { toLocalDateTimeValue } from '../../../domain/time/toLocalDateTimeValue';
import { useT } from '../../../i18n/useT';
import { MomentField } from '../../review/MomentField';

interface Props {
  readonly zone: string;
  /** Where the time starts (the middle of the longest real gap, say); null: empty. */
  readonly defaultInstant: EpochMs | null;
  /** Resolves once added; rejects with the reason it was not. */
  readonly onAdd: (instant: EpochMs, text: string) => Promise<void>;
}

/** A hypothetical update: a moment in the display zone and what it would have said. */
export function WhatIfForm({ zone, defaultInstant, onAdd }: Props) {
  const t = useT();
  const textId = useId();
  const [time, setTime] = useState(() =>
    defaultInstant === null ? '' : toLocalDateTimeValue(defaultInstant, zone),
  );
  const [text, setText] = useState('');
  const [timeError, setTimeError] = useState<string | null>(null);
  const [textError, setTextError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const instant = parseLocalDateTime(time, zone);
    const words = text.trim();
    setTimeError(instant === null ? t('prep.whatIf.invalidTime', { zone }) : null);
    setTextError(words === '' ? t('prep.whatIf.textRequired') : null);
    if (instant === null || words === '') return;
    try {
      await onAdd(instant, words);
      setText('');
      setFailure(null);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setFailure(t('prep.whatIf.failed', { message }));
    }
  };

  return (
    <form className="prep-whatif-form" onSubmit={(e) => void submit(e)} noValidate>
      <MomentField
        label={t('prep.whatIf.time')}
        value={time}
        zone={zone}
        error={timeError}
        onChange={setTime}
      />
      <div className="field prep-whatif-text">
        <label htmlFor={textId}>{t('prep.whatIf.text')}</label>
        <input
          id={textId}
          type="text"
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={textError !== null}
          aria-describedby={textError === null ? undefined : `${textId}-error`}
        />
        {textError !== null && (
          <p id={`${textId}-error`} className="form-error" role="alert">
            {textError}
          </p>
        )}
      </div>
      <div className="prep-whatif-submit">
        <button type="submit" className="button button-primary">
          {t('prep.whatIf.add')}
        </button>
      </div>
      {failure !== null && (
        <p className="form-error prep-whatif-failure" role="alert">
          {failure}
        </p>
      )}
    </form>
  );
}
