import { useId, useState } from 'react';
import type { MessageKey } from '../../i18n/Dictionary';
import { useT } from '../../i18n/useT';

/** The eight questions the facilitator shows when the room stalls (workshop.md, step 3). */
const QUESTIONS: readonly MessageKey[] = [
  'workshop.questions.1',
  'workshop.questions.2',
  'workshop.questions.3',
  'workshop.questions.4',
  'workshop.questions.5',
  'workshop.questions.6',
  'workshop.questions.7',
  'workshop.questions.8',
];

/** The guiding questions of step 3: one at a time (Previous / Next), or all of them. */
export function GuidingQuestions() {
  const t = useT();
  const headingId = useId();
  const [index, setIndex] = useState(0);
  const [showAll, setShowAll] = useState(false);
  const total = QUESTIONS.length;
  const question = QUESTIONS[index] ?? 'workshop.questions.1';

  return (
    <section className="guiding-questions" aria-labelledby={headingId}>
      <div className="guiding-head">
        <h3 id={headingId}>{t('workshop.questions.heading')}</h3>
        <label className="check">
          <input type="checkbox" checked={showAll} onChange={(e) => setShowAll(e.target.checked)} />
          {t('workshop.questions.showAll')}
        </label>
      </div>
      {showAll ? (
        <ol className="question-list">
          {QUESTIONS.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ol>
      ) : (
        <div className="question-one">
          <div aria-live="polite" aria-atomic="true">
            <p className="question-position">
              {t('workshop.questions.position', { number: index + 1, total })}
            </p>
            <p className="question-text">{t(question)}</p>
          </div>
          <div className="question-nav">
            {/* aria-disabled, not disabled: the button keeps focus at the first or last question. */}
            <button
              type="button"
              className="button button-small"
              aria-disabled={index === 0}
              onClick={() => setIndex(Math.max(0, index - 1))}
            >
              {t('workshop.questions.previous')}
            </button>
            <button
              type="button"
              className="button button-small"
              aria-disabled={index === total - 1}
              onClick={() => setIndex(Math.min(total - 1, index + 1))}
            >
              {t('workshop.questions.next')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
