import { memo, useId } from 'react';
import { GapList } from '../../domain/gaps/GapList';
import type { Target } from '../../domain/model';
import { useT } from '../../i18n/useT';
import { StarIcon } from '../../ui/StarIcon';
import { SpacerRow } from '../../ui/table/SpacerRow';
import { tableWrapProps } from '../../ui/table/tableWrapProps';
import { useDeferredRows } from '../../ui/table/useDeferredRows';
import { useTableRows } from '../../ui/table/useTableRows';
import { GapRow } from './GapRow';

interface Props {
  readonly gaps: GapList;
  readonly zone: string;
  readonly target: Target;
}

/** The gap list of `gaps.md` as a table captioned "Communication gaps", one row per gap. */
export const GapTable = memo(function GapTable({ gaps, zone, target }: Props) {
  const t = useT();
  const longestId = useId();
  const shown = useDeferredRows(gaps, GapList.NONE);
  const rows = useTableRows(shown.rows.length, 41);
  return (
    <div {...tableWrapProps(gaps.length, 41)}>
      <table
        className="data-table gap-table"
        aria-rowcount={rows.virtual ? shown.rows.length + 1 : undefined}
        aria-busy={shown.pending || undefined}
      >
        <caption>{t('gaps.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('gaps.from')}</th>
            <th scope="col">{t('gaps.to')}</th>
            <th scope="col" className="num">
              {t('gaps.minutes')}
            </th>
            <th scope="col">{t('gaps.status')}</th>
          </tr>
        </thead>
        <tbody ref={rows.bodyRef}>
          <SpacerRow height={rows.before} columns={4} />
          {rows.indexes.map((i) => {
            const gap = shown.rows.at(i);
            return gap === undefined ? null : (
              <GapRow
                key={`${gap.from}-${gap.to}-${i}`}
                gap={gap}
                zone={zone}
                longestLegendId={longestId}
                rowIndex={rows.virtual ? i : undefined}
                measureRef={rows.virtual ? rows.measureRow : undefined}
              />
            );
          })}
          <SpacerRow height={rows.after} columns={4} />
        </tbody>
      </table>
      <p className="table-legend">
        {t('gaps.legend', { ideal: target.ideal, max: target.max })}{' '}
        <span className="legend-longest">
          <StarIcon />
          <span id={longestId}>{t('gaps.longest')}</span>
        </span>
      </p>
    </div>
  );
});
