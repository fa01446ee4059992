import { useI18n } from '../../../i18n/useI18n';

interface Props {
  readonly id: string;
  /** The people the answer names; none: nothing to say. */
  readonly names: readonly string[];
}

/**
 * A polite nudge when a why answer names a person: the review looks at the process. Never
 * a block — the answer saves as written. The live region is always there so it is heard.
 */
export function BlameHint({ id, names }: Props) {
  const { t, locale } = useI18n();
  return (
    <div id={id} className="why-blame" aria-live="polite">
      {names.length > 0 && (
        <p className="why-blame-text">
          {t('plan.why.blame', {
            name: new Intl.ListFormat(locale, { type: 'conjunction' }).format(names),
          })}
        </p>
      )}
    </div>
  );
}
