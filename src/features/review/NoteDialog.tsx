import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { NOTE_CATEGORIES, type EpochMs, type Note, type NoteCategory } from '../../domain/model';
import { parseLocalDateTime } from '../../domain/time/parseLocalDateTime';
import { toLocalDateTimeValue } from '../../domain/time/toLocalDateTimeValue';
import { useT } from '../../i18n/useT';
import { Modal } from '../../ui/Modal';
import { MomentField } from './MomentField';
import type { NoteValues } from './NoteValues';

interface Props {
  /** The note to edit; null adds a new one at `defaultAt`. */
  readonly note: Note | null;
  readonly defaultAt: EpochMs | null;
  readonly zone: string;
  /** Authors already used in the review's notes, suggested in the Author field. */
  readonly authors: readonly string[];
  /** Saves; the dialog closes when it resolves and shows the error when it rejects. */
  readonly onSubmit: (values: NoteValues) => Promise<void>;
  readonly onClose: () => void;
}

/** The keyboard form of a sticky note: moment, category, author, text, gap attachment. */
export function NoteDialog({ note, defaultAt, zone, authors, onSubmit, onClose }: Props) {
  const t = useT();
  const id = useId();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const startAt = note?.at ?? defaultAt;
  const initialMoment = startAt === null ? '' : toLocalDateTimeValue(startAt, zone);
  const [moment, setMoment] = useState(initialMoment);
  const [category, setCategory] = useState<NoteCategory>(note?.category ?? 'gap');
  const [author, setAuthor] = useState(note?.author ?? '');
  const [text, setText] = useState(note?.text ?? '');
  const [onGap, setOnGap] = useState(note?.onGap ?? false);
  const [momentError, setMomentError] = useState<string | null>(null);
  const [textError, setTextError] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    if (busy) return;
    // An untouched moment keeps its exact instant (seconds and milliseconds included).
    const at =
      startAt !== null && moment === initialMoment ? startAt : parseLocalDateTime(moment, zone);
    const noText = text.trim() === '';
    setMomentError(at === null ? t('note.invalidMoment', { zone }) : null);
    setTextError(noText ? t('note.textRequired') : null);
    if (noText) textRef.current?.focus();
    if (at === null || noText) return;
    setBusy(true);
    setSaveError(null);
    try {
      const name = author.trim();
      await onSubmit({ at, category, author: name === '' ? null : name, text, onGap });
      onClose();
    } catch (e) {
      setSaveError(t('note.failed', { message: e instanceof Error ? e.message : String(e) }));
      setBusy(false);
    }
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void save();
  };
  const submitOnCtrlEnter = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save();
    }
  };
  const textDescribedBy =
    textError === null ? `${id}-text-hint` : `${id}-text-error ${id}-text-hint`;

  return (
    <Modal title={t(note === null ? 'note.add.title' : 'note.edit.title')} onClose={onClose}>
      <form className="note-form" onSubmit={submit} noValidate>
        <MomentField
          label={t('note.moment')}
          value={moment}
          zone={zone}
          error={momentError}
          onChange={setMoment}
        />
        <div className="field">
          <label htmlFor={`${id}-category`}>{t('note.category')}</label>
          <select
            id={`${id}-category`}
            value={category}
            onChange={(e) => {
              const next = NOTE_CATEGORIES.find((c) => c === e.target.value);
              if (next !== undefined) setCategory(next);
            }}
          >
            {NOTE_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`note.category.${c}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-author`}>{t('note.author')}</label>
          <input
            id={`${id}-author`}
            list={`${id}-authors`}
            value={author}
            onChange={(e) => setAuthor(e.target.value)}
            autoComplete="off"
            aria-describedby={`${id}-author-hint`}
          />
          <datalist id={`${id}-authors`}>
            {authors.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
          <p id={`${id}-author-hint`} className="field-hint">
            {t('note.authorHint')}
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-text`}>{t('note.text')}</label>
          <textarea
            ref={textRef}
            id={`${id}-text`}
            rows={4}
            value={text}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={submitOnCtrlEnter}
            required
            aria-invalid={textError !== null}
            aria-describedby={textDescribedBy}
            aria-keyshortcuts="Control+Enter Meta+Enter"
            data-autofocus
          />
          {textError !== null && (
            <p id={`${id}-text-error`} className="form-error" role="alert">
              {textError}
            </p>
          )}
          <p id={`${id}-text-hint`} className="field-hint">
            {t('note.textHint')}
          </p>
        </div>
        <label className="note-checkbox">
          <input type="checkbox" checked={onGap} onChange={(e) => setOnGap(e.target.checked)} />
          {t('note.onGap')}
        </label>
        {saveError !== null && (
          <p className="form-error" role="alert">
            {saveError}
          </p>
        )}
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('note.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
