import { RULE_IDS, type RuleId } from '../../domain/checks/ruleIds';
import { useT } from '../../i18n/useT';
import { ruleName } from '../../i18n/ruleName';

interface Props {
  /** Findings per rule (`countByRule`): only the rules with findings get a button. */
  readonly counts: Readonly<Record<RuleId, number>>;
  readonly total: number;
  /** The rule shown alone; null: every rule. */
  readonly active: RuleId | null;
  readonly onChange: (rule: RuleId | null) => void;
}

/**
 * The counts per rule, as toggle buttons: pressing one shows only that rule's findings,
 * pressing it again (or **All rules**) shows them all.
 */
export function RuleFilter({ counts, total, active, onChange }: Props) {
  const t = useT();
  const rules = RULE_IDS.filter((id) => counts[id] > 0);
  return (
    <div className="rule-filter" role="group" aria-label={t('checks.filter.label')}>
      <button
        type="button"
        className="rule-chip"
        aria-pressed={active === null}
        onClick={() => onChange(null)}
      >
        {t('checks.filter.all')} <span className="rule-count">{total}</span>
      </button>
      {rules.map((id) => (
        <button
          key={id}
          type="button"
          className="rule-chip"
          aria-pressed={active === id}
          onClick={() => onChange(active === id ? null : id)}
        >
          {t(ruleName(id))} <span className="rule-count">{counts[id]}</span>
        </button>
      ))}
    </div>
  );
}
