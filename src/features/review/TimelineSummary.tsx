import type { LaneLayout } from '../../canvas/layout/channelLanes';
import { useT } from '../../i18n/useT';

interface Props {
  readonly id: string;
  /** Null while a long review's lanes are still being placed: no branches named yet. */
  readonly lanes: LaneLayout | null;
  readonly communicationCount: number;
  readonly noteCount: number;
}

/** One line above the Timeline table: "2 branches (Status page, Email) · 24 communications · 3 notes". */
export function TimelineSummary({ id, lanes, communicationCount, noteCount }: Props) {
  const t = useT();
  const branches = lanes?.branches;
  const parts = [
    ...(branches === undefined
      ? []
      : [
          branches.length === 0
            ? t('twin.summary.noBranches')
            : t('twin.summary.branches', {
                count: branches.length,
                names: branches.map((b) => b.channel).join(', '),
              }),
        ]),
    t('twin.summary.communications', { count: communicationCount }),
    t('twin.summary.notes', { count: noteCount }),
  ];
  return (
    <p id={id} className="twin-summary">
      {parts.join(' · ')}
    </p>
  );
}
