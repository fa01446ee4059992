import type { PlanAction } from '../../../domain/model';
import type { PlanWarning } from '../../../domain/workshop/planWarnings';
import { useT } from '../../../i18n/useT';
import { excerpt } from '../../../ui/excerpt';

interface Props {
  readonly warnings: readonly PlanWarning[];
  /** In the order the plan lists them. */
  readonly actions: readonly PlanAction[];
}

/**
 * The plan's warnings summarised at the top, one line for the plan and one per action
 * warned about, in a polite live region (always present, so each change is heard).
 * Warnings never block anything.
 */
export function PlanWarningsSummary({ warnings, actions }: Props) {
  const t = useT();
  const general = warnings.filter((w) => w.actionId === null);
  const perAction = actions.flatMap((a) => {
    const own = warnings.filter((w) => w.actionId === a.id);
    if (own.length === 0) return [];
    const list = own.map((w) => t(`plan.warn.${w.code}`)).join('; ');
    const text = excerpt(a.text);
    return [
      {
        id: a.id,
        line:
          text === ''
            ? t('plan.warn.onUntitled', { warnings: list })
            : t('plan.warn.onAction', { action: text, warnings: list }),
      },
    ];
  });
  return (
    <div className="plan-warnings" role="status" aria-live="polite">
      {warnings.length > 0 ? (
        <div className="notice notice-warning">
          <p className="notice-title">{t('plan.warn.summary', { count: warnings.length })}</p>
          <ul className="notice-list">
            {general.map((w) => (
              <li key={w.code}>{t(`plan.warn.${w.code}`)}</li>
            ))}
            {perAction.map((a) => (
              <li key={a.id}>{a.line}</li>
            ))}
          </ul>
        </div>
      ) : (
        actions.length > 0 && <p className="plan-ok">{t('plan.warn.ok')}</p>
      )}
    </div>
  );
}
