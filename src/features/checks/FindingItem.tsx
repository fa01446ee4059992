import { useEffect, useRef } from 'react';
import type { Finding } from '../../domain/checks/finding';
import { useT } from '../../i18n/useT';
import { findingCategory } from './findingCategory';
import { ruleName } from '../../i18n/ruleName';
import type { FindingNotes } from './useFindingNotes';

interface Props {
  readonly finding: Finding;
  /** The message's time in the display zone; null for the incident as a whole. */
  readonly time: string | null;
  readonly notes: FindingNotes;
  /** Dismisses the finding (it moves to the panel's dismissed list). */
  readonly onDismiss: (finding: Finding) => void;
}

/**
 * One finding: the rule's name, the evidence, the suggestion, **Add as note** — or "Note
 * added" once the review holds that note (focus moves there from the button) — and
 * **Dismiss**, for a hint the room judged wrong or not worth keeping.
 */
export function FindingItem({ finding, time, notes, onDismiss }: Props) {
  const t = useT();
  const done = useRef<HTMLSpanElement>(null);
  const focusDone = useRef(false);
  const name = t(ruleName(finding.rule));
  const note = notes.noteOf(finding);
  const noted = note !== null && notes.isNoted(note);

  useEffect(() => {
    if (noted && focusDone.current) {
      focusDone.current = false;
      done.current?.focus();
    }
  }, [noted]);

  const where =
    time === null || finding.channel === null
      ? t('checks.whereIncident')
      : t('checks.whereMessage', { channel: finding.channel, time });

  return (
    <li className={`finding finding-${findingCategory(finding.rule)}`}>
      <p className="finding-what">
        <span className="finding-rule">{name}</span>{' '}
        <span className="finding-evidence">{finding.evidence}</span>
      </p>
      <p className="finding-suggestion">
        <span className="finding-try">{t('checks.suggestion')}</span> {finding.suggestion}
      </p>
      <div className="finding-actions">
        {note !== null &&
          (noted ? (
            <span ref={done} tabIndex={-1} className="finding-noted">
              <span aria-hidden="true">✓ </span>
              {t('checks.noteAdded')}
            </span>
          ) : (
            <button
              type="button"
              className="button button-small finding-add"
              aria-label={t('checks.addNoteNamed', { rule: name, where })}
              onClick={() => {
                focusDone.current = true;
                void notes.add(note);
              }}
            >
              {t('checks.addNote')}
            </button>
          ))}
        <button
          type="button"
          className="button button-small button-quiet finding-dismiss"
          aria-label={t('checks.dismissNamed', { rule: name, where })}
          onClick={() => onDismiss(finding)}
        >
          {t('checks.dismiss')}
        </button>
      </div>
    </li>
  );
}
