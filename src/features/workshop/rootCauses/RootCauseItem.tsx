import type { RootCause } from '../../../domain/model';
import { useT } from '../../../i18n/useT';
import { excerpt } from '../../../ui/excerpt';
import type { ProblemNote } from './problemNotes';
import { rootCauseLabel } from '../rootCauseLabel';
import { WhyChainEditor } from './WhyChainEditor';

interface Props {
  readonly rootCause: RootCause;
  /** The problem notes it explains. */
  readonly notes: readonly ProblemNote[];
  readonly editing: boolean;
  readonly blameOf: (text: string) => readonly string[];
  readonly onEdit: () => void;
  readonly onCancel: () => void;
  readonly onSave: (whys: readonly string[]) => Promise<void>;
  readonly onDelete: () => void;
}

/** A root cause found: its why-chain (the last answer marked) and the problems it explains. */
export function RootCauseItem(props: Props) {
  const { rootCause, notes, editing } = props;
  const t = useT();
  const label = rootCauseLabel(rootCause);
  const last = rootCause.whys.length - 1;
  return (
    <li className="root-cause">
      {editing ? (
        <WhyChainEditor
          legend={t('plan.why.legendEdit')}
          initialWhys={rootCause.whys}
          blameOf={props.blameOf}
          onSave={props.onSave}
          onCancel={props.onCancel}
        />
      ) : (
        <>
          <div className="root-cause-head">
            <ol className="why-chain">
              {rootCause.whys.map((why, i) => (
                <li key={i} className={i === last ? 'why-chain-root' : undefined}>
                  <span className="why-chain-label">
                    {i === last ? t('plan.why.rootCause') : t('plan.why.label', { n: i + 1 })}
                  </span>{' '}
                  {why}
                </li>
              ))}
            </ol>
            <div className="row-actions">
              <button
                type="button"
                className="button button-small"
                aria-label={t('plan.rc.edit.named', { rootCause: label })}
                onClick={props.onEdit}
              >
                {t('plan.rc.edit')}
              </button>
              <button
                type="button"
                className="button button-small button-danger-quiet"
                aria-label={t('plan.rc.delete.named', { rootCause: label })}
                onClick={props.onDelete}
              >
                {t('plan.rc.delete')}
              </button>
            </div>
          </div>
          {notes.length === 0 ? (
            <p className="root-cause-notes muted">{t('plan.rc.explainsNone')}</p>
          ) : (
            <div className="root-cause-notes">
              <p>{t('plan.rc.explains', { count: notes.length })}</p>
              <ul>
                {notes.map((n) => (
                  <li key={n.id}>{excerpt(n.text)}</li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
    </li>
  );
}
