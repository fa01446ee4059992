import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { NOTE_CATEGORIES, type NoteCategory } from '../domain/model';
import { useT } from '../i18n/useT';

export interface NoteFields {
  readonly text: string;
  readonly category: NoteCategory;
  readonly author: string | null;
  /** Pinned to the gap that holds the note's moment. */
  readonly onGap: boolean;
}

interface Props {
  /** Screen place of the note's body, in the drawing's pixels. */
  readonly left: number;
  readonly top: number;
  readonly initial: NoteFields;
  readonly isNew: boolean;
  readonly authors: readonly string[];
  readonly onSave: (fields: NoteFields) => Promise<void>;
  readonly onCancel: () => void;
  readonly onDelete: (() => void) | null;
}

/**
 * The text editor over the canvas for one note: a real multi-line textarea with the
 * note's colour and author. Ctrl/Cmd+Enter saves, Escape cancels.
 */
export function NoteEditor({
  left,
  top,
  initial,
  isNew,
  authors,
  onSave,
  onCancel,
  onDelete,
}: Props) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState(initial.text);
  const [category, setCategory] = useState<NoteCategory>(initial.category);
  const [author, setAuthor] = useState(initial.author ?? '');
  const [onGap, setOnGap] = useState(initial.onGap);
  const [error, setError] = useState<string | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => area.current?.focus(), []);

  const save = async () => {
    if (text.trim() === '') {
      setError(t('timeline.editor.empty'));
      area.current?.focus();
      return;
    }
    const name = author.trim();
    try {
      await onSave({ text, category, author: name === '' ? null : name, onGap });
    } catch (e) {
      setError(
        t('timeline.editor.failed', { message: e instanceof Error ? e.message : String(e) }),
      );
    }
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onCancel();
    } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void save();
    }
  };

  return (
    <div
      className={`note-editor note-${category}`}
      style={{ left, top }}
      role="group"
      aria-label={t(isNew ? 'timeline.editor.newLabel' : 'timeline.editor.label')}
      onKeyDown={onKeyDown}
    >
      <label htmlFor={`${id}-text`} className="visually-hidden">
        {t('timeline.editor.text')}
      </label>
      <textarea
        id={`${id}-text`}
        ref={area}
        value={text}
        rows={4}
        aria-describedby={`${id}-keys${error === null ? '' : ` ${id}-error`}`}
        aria-invalid={error !== null}
        onChange={(e) => {
          setText(e.target.value);
          setError(null);
        }}
      />
      <div className="note-editor-fields">
        <label>
          <span>{t('timeline.editor.category')}</span>
          <select value={category} onChange={(e) => setCategory(e.target.value as NoteCategory)}>
            {NOTE_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`timeline.category.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('timeline.editor.author')}</span>
          <input
            value={author}
            list={`${id}-authors`}
            placeholder={t('timeline.editor.authorHint')}
            onChange={(e) => setAuthor(e.target.value)}
          />
        </label>
        <datalist id={`${id}-authors`}>
          {authors.map((a) => (
            <option key={a} value={a} />
          ))}
        </datalist>
      </div>
      <label className="note-editor-check">
        <input type="checkbox" checked={onGap} onChange={(e) => setOnGap(e.target.checked)} />
        <span>{t('timeline.editor.onGap')}</span>
      </label>
      <p id={`${id}-keys`} className="note-editor-keys">
        {t('timeline.editor.keys')}
      </p>
      {error !== null && (
        <p id={`${id}-error`} className="note-editor-error" role="alert">
          {error}
        </p>
      )}
      <div className="note-editor-buttons">
        <button
          type="button"
          className="button button-primary button-small"
          onClick={() => void save()}
        >
          {t('timeline.editor.save')}
        </button>
        <button type="button" className="button button-small" onClick={onCancel}>
          {t('timeline.editor.cancel')}
        </button>
        {onDelete !== null && (
          <button type="button" className="button button-danger button-small" onClick={onDelete}>
            {t('timeline.editor.delete')}
          </button>
        )}
      </div>
    </div>
  );
}
