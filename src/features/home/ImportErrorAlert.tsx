import type { ImportErrorCode } from '../../import/contract';
import { useT } from '../../i18n/useT';

interface Props {
  readonly name: string;
  readonly code: ImportErrorCode;
  readonly message: string;
}

/** Why a file could not be imported: the reason in the UI language, the importer's details. */
export function ImportErrorAlert({ name, code, message }: Props) {
  const t = useT();
  return (
    <div className="notice notice-error" role="alert">
      <p className="notice-title">{t('import.failedTitle', { name })}</p>
      <p>{t(`import.error.${code}`)}</p>
      {message !== '' && <p className="notice-details">{t('import.details', { message })}</p>}
    </div>
  );
}
