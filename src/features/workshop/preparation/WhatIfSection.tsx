import { useId, useMemo, useRef, useState } from 'react';
import { suggestNoteOffsetY } from '../../../canvas/layout/notePlacement';
import { analyzeGaps } from '../../../domain/gaps/analyzeGaps';
import type { GapAnalysis } from '../../../domain/gaps/types';
import type { EpochMs, ReviewData, WhatIf } from '../../../domain/model';
import { analyzeWithWhatIfs } from '../../../domain/workshop/whatIfAnalysis';
import { useT } from '../../../i18n/useT';
import { selectGapAnalysis } from '../../../store/selectors/selectGapAnalysis';
import { useAppStore } from '../../../store/useAppStore';
import { defaultMsPerPx } from '../../review/defaultMsPerPx';
import { WhatIfEffect } from './WhatIfEffect';
import { WhatIfForm } from './WhatIfForm';
import { WhatIfItem } from './WhatIfItem';

interface Props {
  readonly data: ReviewData;
  readonly zone: string;
}

/** The middle of the longest real gap, to the minute: where a what-if is usually tried. */
function longestGapMiddle(analysis: GapAnalysis, alert: EpochMs | null): EpochMs | null {
  if (!analysis.ok) return alert;
  const { gaps } = analysis;
  const i = gaps.findIndex((list, k) => list.isLongest(k));
  if (i < 0) return alert;
  return Math.round((gaps.from(i) + gaps.to(i)) / 2 / 60_000) * 60_000;
}

/**
 * "What if we had sent an update here?": hypothetical updates, listed as such, and their
 * effect on the gap figures next to the real ones (which never change).
 */
export function WhatIfSection({ data, zone }: Props) {
  const t = useT();
  const headingId = useId();
  const listId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const actions = useAppStore((s) => s.actions);
  const selected = useAppStore(selectGapAnalysis);
  const real = useMemo(() => selected ?? analyzeGaps(data), [selected, data]);
  // With no what-if it is the real analysis (not a second run over every message); it is
  // kept across edits that touch neither the messages nor the what-ifs (a note moved).
  const { incident, channels, communications, whatIfs: planned } = data;
  const hypothetical = useMemo(
    () =>
      planned.length === 0
        ? real
        : analyzeWithWhatIfs({ incident, channels, communications }, planned),
    [real, incident, channels, communications, planned],
  );
  const [status, setStatus] = useState('');
  const whatIfs = [...data.whatIfs].sort((a, b) => a.instant - b.instant);

  const add = async (instant: EpochMs, text: string) => {
    await actions.addWhatIf(instant, text);
    setStatus(t('prep.whatIf.added'));
  };
  const settle = (message: string) => {
    setStatus(message);
    heading.current?.focus();
  };
  const keep = (w: WhatIf) => {
    const offsetY = suggestNoteOffsetY(data.notes, w.instant, defaultMsPerPx(data.incident));
    void actions.keepWhatIfAsNote(w.id, offsetY).catch(() => undefined);
    settle(t('prep.whatIf.kept'));
  };
  const remove = (w: WhatIf) => {
    void actions.deleteWhatIf(w.id).catch(() => undefined);
    settle(t('prep.whatIf.removed'));
  };

  return (
    <section className="prep-section" aria-labelledby={headingId}>
      <h3 id={headingId} ref={heading} tabIndex={-1}>
        {t('prep.whatIf.heading')}
      </h3>
      <p className="field-hint">{t('prep.whatIf.intro')}</p>
      <WhatIfForm
        zone={zone}
        defaultInstant={longestGapMiddle(real, data.incident.alert)}
        onAdd={add}
      />
      <p className="prep-status" role="status">
        {status}
      </p>
      <h4 id={listId}>{t('prep.whatIf.list')}</h4>
      {whatIfs.length === 0 ? (
        <p className="muted">{t('prep.whatIf.empty')}</p>
      ) : (
        <ul className="prep-whatifs" aria-labelledby={listId}>
          {whatIfs.map((w) => (
            <WhatIfItem
              key={w.id}
              whatIf={w}
              zone={zone}
              onKeep={() => keep(w)}
              onRemove={() => remove(w)}
            />
          ))}
        </ul>
      )}
      {whatIfs.length > 0 && <WhatIfEffect real={real} hypothetical={hypothetical} />}
    </section>
  );
}
