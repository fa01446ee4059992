import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useT } from '../../../i18n/useT';
import { WhyField } from './WhyField';

/** Five whys at most: the last answer is the root cause. */
export const MAX_WHYS = 5;

interface Props {
  readonly legend: string;
  readonly initialWhys: readonly string[];
  /** The people an answer names (for the blameless hint). */
  readonly blameOf: (text: string) => readonly string[];
  /** Saves the trimmed, non-empty answers (one write). */
  readonly onSave: (whys: readonly string[]) => Promise<void>;
  readonly onCancel: () => void;
}

/**
 * The why-chain editor: "Why 1" to "Why 5", **Ask why again** adds the next answer,
 * **Remove last why** takes one away, **Save root cause** writes the chain.
 */
export function WhyChainEditor({ legend, initialWhys, blameOf, onSave, onCancel }: Props) {
  const t = useT();
  const [whys, setWhys] = useState<readonly string[]>(
    initialWhys.length > 0 ? initialWhys.slice(0, MAX_WHYS) : [''],
  );
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const lastField = useRef<HTMLTextAreaElement>(null);
  const focusLast = useRef(true);

  useEffect(() => {
    if (!focusLast.current) return;
    focusLast.current = false;
    lastField.current?.focus();
  }, [whys.length]);

  const change = (index: number, value: string) => {
    setError(null);
    setWhys((prev) => prev.map((w, i) => (i === index ? value : w)));
  };
  const askAgain = () => {
    if (whys.length >= MAX_WHYS) return;
    focusLast.current = true;
    setWhys((prev) => [...prev, '']);
  };
  const removeLast = () => {
    if (whys.length <= 1) return;
    focusLast.current = true;
    setWhys((prev) => prev.slice(0, -1));
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const answers = whys.map((w) => w.trim()).filter((w) => w !== '');
    if (answers.length === 0) {
      setError(t('plan.why.empty'));
      return;
    }
    setSaving(true);
    try {
      await onSave(answers);
    } catch (err) {
      setError(t('plan.rc.failed', { message: err instanceof Error ? err.message : String(err) }));
      setSaving(false);
    }
  };

  const full = whys.length >= MAX_WHYS;
  return (
    <form className="why-editor" onSubmit={(e) => void submit(e)}>
      <fieldset>
        <legend>{legend}</legend>
        <p className="why-explain">{t('plan.why.lastIsRoot')}</p>
        <ol className="why-fields">
          {whys.map((why, i) => (
            <WhyField
              key={i}
              index={i}
              value={why}
              isRoot={i === whys.length - 1}
              blamed={blameOf(why)}
              onChange={(v) => change(i, v)}
              {...(i === whys.length - 1 ? { inputRef: lastField } : {})}
            />
          ))}
        </ol>
        {full && <p className="why-limit">{t('plan.why.limit')}</p>}
        <div className="why-chain-buttons">
          <button type="button" className="button button-small" disabled={full} onClick={askAgain}>
            {t('plan.why.again')}
          </button>
          <button
            type="button"
            className="button button-small"
            disabled={whys.length <= 1}
            onClick={removeLast}
          >
            {t('plan.why.removeLast')}
          </button>
        </div>
      </fieldset>
      {error !== null && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('plan.why.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={saving}>
          {t('plan.why.save')}
        </button>
      </div>
    </form>
  );
}
