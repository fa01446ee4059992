import { useId, useState } from 'react';
import { useT } from '../../i18n/useT';
import { clipText } from './clipText';

interface Props {
  readonly text: string;
}

/**
 * A message's text as sent (plain text, lines kept); a long one (an email) shows its first
 * words until **Show the whole message** opens it.
 */
export function MessageText({ text }: Props) {
  const t = useT();
  const id = useId();
  const [open, setOpen] = useState(false);
  const clipped = clipText(text);
  const shown = clipped === null || open ? text.trim() : clipped;
  return (
    <div className="check-message">
      <p id={id} className="check-text">
        {shown === '' ? <span className="muted">{t('checks.noText')}</span> : shown}
      </p>
      {clipped !== null && (
        <button
          type="button"
          className="check-more"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen(!open)}
        >
          {open ? t('checks.showLess') : t('checks.showMore')}
        </button>
      )}
    </div>
  );
}
