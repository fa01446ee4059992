import { useT } from '../i18n/useT';

interface Props {
  readonly onFit: () => void;
  readonly onZoomIn: () => void;
  readonly onZoomOut: () => void;
  readonly onNewNote: () => void;
  readonly onDownload: () => void;
}

/** Buttons for what the mouse and keyboard also do on the drawing. */
export function TimelineToolbar({ onFit, onZoomIn, onZoomOut, onNewNote, onDownload }: Props) {
  const t = useT();
  return (
    <div className="timeline-toolbar" role="toolbar" aria-label={t('timeline.toolbar')}>
      <button
        className="button button-small"
        type="button"
        onClick={onZoomOut}
        aria-label={t('timeline.zoomOut')}
        title={t('timeline.zoomOut')}
      >
        <span aria-hidden="true">−</span>
      </button>
      <button
        className="button button-small"
        type="button"
        onClick={onZoomIn}
        aria-label={t('timeline.zoomIn')}
        title={t('timeline.zoomIn')}
      >
        <span aria-hidden="true">+</span>
      </button>
      <button type="button" className="button button-small" onClick={onFit}>
        {t('timeline.fit')}
      </button>
      <button type="button" className="button button-small" onClick={onNewNote}>
        {t('timeline.newNote')}
      </button>
      <button type="button" className="button button-small" onClick={onDownload}>
        {t('timeline.downloadImage')}
      </button>
    </div>
  );
}
