import { useEffect } from 'react';
import type { Attachment } from '../../domain/model';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/useAppStore';

interface Props {
  readonly attachments: readonly Attachment[];
}

/**
 * The screenshot the facilitator sent to the projector ("Show in presenter window"),
 * covering the page until Escape, a click, or the facilitator's next choice.
 */
export function PresenterScreenshot({ attachments }: Props) {
  const t = useT();
  const actions = useAppStore((s) => s.actions);
  const shownId = useAppStore((s) => s.timeline.shownAttachmentId);
  const shown = attachments.find((a) => a.id === shownId);
  useEffect(() => {
    if (shown === undefined) return undefined;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') actions.showAttachment(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [actions, shown]);
  if (shown === undefined) return null;
  const label = shown.caption === '' ? shown.name : shown.caption;
  return (
    <figure className="presenter-screenshot" aria-label={t('presenter.screenshot')}>
      <img src={shown.dataUrl} alt={label} />
      <figcaption>{label}</figcaption>
      <button type="button" className="button" onClick={() => actions.showAttachment(null)}>
        {t('presenter.backToTimeline')}
      </button>
    </figure>
  );
}
