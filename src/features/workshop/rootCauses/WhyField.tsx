import { useId, type Ref } from 'react';
import { useT } from '../../../i18n/useT';
import { BlameHint } from './BlameHint';

interface Props {
  /** 0-based place in the chain. */
  readonly index: number;
  readonly value: string;
  /** The last answer of the chain: the root cause. */
  readonly isRoot: boolean;
  /** The people the answer names, if any. */
  readonly blamed: readonly string[];
  readonly onChange: (value: string) => void;
  readonly inputRef?: Ref<HTMLTextAreaElement>;
}

/** One "Why n" answer; the last one is marked as the root cause. */
export function WhyField({ index, value, isRoot, blamed, onChange, inputRef }: Props) {
  const t = useT();
  const id = useId();
  const rootId = `${id}-root`;
  const hintId = `${id}-blame`;
  return (
    <li className={isRoot ? 'why-field why-field-root' : 'why-field'}>
      <div className="why-field-head">
        <label htmlFor={id}>{t('plan.why.label', { n: index + 1 })}</label>
        {isRoot && (
          <span id={rootId} className="why-root-badge">
            {t('plan.why.rootCause')}
          </span>
        )}
      </div>
      <textarea
        id={id}
        ref={inputRef}
        rows={2}
        value={value}
        aria-describedby={isRoot ? `${rootId} ${hintId}` : hintId}
        onChange={(e) => onChange(e.target.value)}
      />
      <BlameHint id={hintId} names={blamed} />
    </li>
  );
}
