import type { RejectedRow } from '../../import/contract';
import { useT } from '../../i18n/useT';

interface Props {
  readonly rows: readonly RejectedRow[];
}

/** Rejected rows with their line (CSV) or JSON path and the importer's reason. */
export function RejectedRowList({ rows }: Props) {
  const t = useT();
  if (rows.length === 0) return <p className="muted">{t('preview.noRejected')}</p>;
  return (
    <div className="rejected">
      <h4>{t('preview.rejected', { count: rows.length })}</h4>
      <ul>
        {rows.map((row, i) => (
          <li key={`${row.line ?? row.path ?? ''}-${i}`}>
            {row.line !== null
              ? t('preview.rejectedLine', { line: row.line, reason: row.reason })
              : row.path !== null
                ? t('preview.rejectedPath', { path: row.path, reason: row.reason })
                : t('preview.rejectedOther', { reason: row.reason })}
          </li>
        ))}
      </ul>
    </div>
  );
}
