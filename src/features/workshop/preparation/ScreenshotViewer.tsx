import { useEffect, useRef, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import type { Attachment } from '../../../domain/model';
import { useT } from '../../../i18n/useT';

interface Props {
  readonly attachment: Attachment;
  readonly onClose: () => void;
}

/**
 * A screenshot as large as the screen allows: the view asks the browser for full screen
 * (where it can), and Escape — or leaving full screen — closes it. Focus returns to
 * where it was.
 */
export function ScreenshotViewer({ attachment, onClose }: Props) {
  const t = useT();
  const view = useRef<HTMLDivElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  }, [onClose]);

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const node = view.current;
    close.current?.focus();
    let entered = false;
    const onChange = () => {
      if (document.fullscreenElement === node) entered = true;
      else if (entered) onCloseRef.current();
    };
    document.addEventListener('fullscreenchange', onChange);
    if (node !== null && typeof node.requestFullscreen === 'function') {
      node.requestFullscreen().catch(() => undefined);
    }
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (node !== null && document.fullscreenElement === node) {
        document.exitFullscreen().catch(() => undefined);
      }
      if (previous?.isConnected) previous.focus();
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape' || event.key === 'Tab') event.preventDefault();
    if (event.key === 'Escape') onCloseRef.current();
  };

  const label = attachment.caption.trim() === '' ? attachment.name : attachment.caption;
  return createPortal(
    <div
      ref={view}
      className="prep-viewer"
      role="dialog"
      aria-modal="true"
      aria-label={t('prep.shots.viewer', { name: label })}
      onKeyDown={onKeyDown}
    >
      <img className="prep-viewer-image" src={attachment.dataUrl} alt={label} />
      <div className="prep-viewer-bar">
        <p className="prep-viewer-caption">{label}</p>
        <p className="prep-viewer-hint">{t('prep.shots.closeHint')}</p>
        <button ref={close} type="button" className="button" onClick={() => onCloseRef.current()}>
          {t('prep.shots.close')}
        </button>
      </div>
    </div>,
    document.body,
  );
}
