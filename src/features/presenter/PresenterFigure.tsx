import { useT } from '../../i18n/useT';
import { WarningIcon } from '../../ui/WarningIcon';

interface Props {
  readonly label: string;
  readonly value: string;
  /** A figure over the target: marked with a sign and words, not colour alone. */
  readonly alarm: boolean;
}

/** One big figure of the presenter's Summary: a term, its value, and "over target". */
export function PresenterFigure({ label, value, alarm }: Props) {
  const t = useT();
  return (
    <div className={alarm ? 'presenter-figure presenter-alarm' : 'presenter-figure'}>
      <dt>{label}</dt>
      <dd>
        <span className="presenter-value">{value}</span>
        {alarm && (
          <span className="presenter-flag">
            <WarningIcon />
            {t('presenter.overTarget')}
          </span>
        )}
      </dd>
    </div>
  );
}
