import { useId, useRef, useState, type FormEvent } from 'react';
import { useT } from '../../i18n/useT';

interface Props {
  readonly onAdd: (name: string, role: string | null) => Promise<void>;
}

/** Name and optional role of a person in the room, added with "Add person". */
export function AddPersonForm({ onAdd }: Props) {
  const t = useT();
  const id = useId();
  const nameRef = useRef<HTMLInputElement>(null);
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [missing, setMissing] = useState(false);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (name.trim() === '') {
      setMissing(true);
      nameRef.current?.focus();
      return;
    }
    setMissing(false);
    void onAdd(name.trim(), role.trim() === '' ? null : role.trim());
    setName('');
    setRole('');
    nameRef.current?.focus();
  };

  return (
    <form className="add-person" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('workshop.people.name')}</label>
        <input
          ref={nameRef}
          id={`${id}-name`}
          value={name}
          autoComplete="off"
          onChange={(e) => setName(e.target.value)}
          aria-invalid={missing}
          aria-describedby={missing ? `${id}-error` : undefined}
        />
        {missing && (
          <p id={`${id}-error`} className="form-error" role="alert">
            {t('workshop.people.nameRequired')}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-role`}>{t('workshop.people.role')}</label>
        <input
          id={`${id}-role`}
          value={role}
          autoComplete="off"
          onChange={(e) => setRole(e.target.value)}
          aria-describedby={`${id}-role-hint`}
        />
        <p id={`${id}-role-hint`} className="field-hint">
          {t('workshop.people.roleHint')}
        </p>
      </div>
      <button type="submit" className="button">
        {t('workshop.people.add')}
      </button>
    </form>
  );
}
