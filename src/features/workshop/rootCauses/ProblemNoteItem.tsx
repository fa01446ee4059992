import { useId } from 'react';
import type { RootCause } from '../../../domain/model';
import { useT } from '../../../i18n/useT';
import { excerpt } from '../../../ui/excerpt';
import type { ProblemNote } from './problemNotes';
import { rootCauseLabel } from '../rootCauseLabel';
import { SameRootCauseSelect } from './SameRootCauseSelect';
import { WhyChainEditor } from './WhyChainEditor';

interface Props {
  readonly note: ProblemNote;
  /** The root cause the note is tied to, if any. */
  readonly rootCause: RootCause | undefined;
  readonly rootCauses: readonly RootCause[];
  /** Whether the authors are hidden (anonymous session). */
  readonly anonymous: boolean;
  readonly editing: boolean;
  readonly blameOf: (text: string) => readonly string[];
  readonly onFind: () => void;
  readonly onCancel: () => void;
  readonly onSave: (whys: readonly string[]) => Promise<void>;
  readonly onShare: (rootCauseId: string) => void;
  readonly onDetach: () => void;
}

/** One problem note: its root cause, or the ways to find one. */
export function ProblemNoteItem(props: Props) {
  const { note, rootCause, rootCauses, anonymous, editing } = props;
  const t = useT();
  const textId = useId();
  const author =
    anonymous || note.author === null || note.author.trim() === ''
      ? t('plan.rc.anonymous')
      : t('plan.rc.by', { author: note.author });
  return (
    <li className={`problem-note problem-${note.category}`}>
      <p className="problem-meta">
        <span className="problem-category">{t(`plan.rc.category.${note.category}`)}</span>{' '}
        <span className="muted">{author}</span>
      </p>
      <p id={textId} className="problem-text">
        {note.text}
      </p>
      {rootCause !== undefined ? (
        <div className="problem-root">
          <p>
            <strong>{t('plan.rc.itsRootCause')}</strong> {rootCauseLabel(rootCause)}
          </p>
          <button
            type="button"
            className="button button-small"
            aria-describedby={textId}
            onClick={props.onDetach}
          >
            {t('plan.rc.detach')}
          </button>
        </div>
      ) : editing ? (
        <WhyChainEditor
          legend={t('plan.why.legendNew', { note: excerpt(note.text) })}
          initialWhys={[]}
          blameOf={props.blameOf}
          onSave={props.onSave}
          onCancel={props.onCancel}
        />
      ) : (
        <div className="problem-find">
          <button
            type="button"
            className="button button-primary"
            aria-describedby={textId}
            onClick={props.onFind}
          >
            {t('plan.rc.find')}
          </button>
          {rootCauses.length > 0 && (
            <SameRootCauseSelect
              rootCauses={rootCauses}
              describedBy={textId}
              onPick={props.onShare}
            />
          )}
        </div>
      )}
    </li>
  );
}
