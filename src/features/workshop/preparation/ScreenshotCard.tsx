import type { Attachment } from '../../../domain/model';
import { useT } from '../../../i18n/useT';
import { AutosaveText } from './AutosaveText';

interface Props {
  readonly attachment: Attachment;
  readonly onCaption: (caption: string) => void;
  readonly onRemove: () => void;
  readonly onView: () => void;
  readonly onPresent: () => void;
}

/** One screenshot: its thumbnail, an editable caption and what can be done with it. */
export function ScreenshotCard({ attachment, onCaption, onRemove, onView, onPresent }: Props) {
  const t = useT();
  const { id, name, caption, dataUrl } = attachment;
  const named = (label: string) => `${label}: ${name}`;
  return (
    <li className="prep-shot">
      <div className="prep-shot-thumb">
        <img src={dataUrl} alt={caption.trim() === '' ? name : caption} />
      </div>
      <p className="prep-shot-name">{name}</p>
      <AutosaveText
        id={`prep-caption-${id}`}
        label={t('prep.shots.caption')}
        hiddenLabel={t('prep.shots.ofName', { name })}
        value={caption}
        onSave={onCaption}
      />
      <div className="prep-shot-actions">
        <button
          type="button"
          className="button button-small"
          onClick={onView}
          aria-label={named(t('prep.shots.fullScreen'))}
        >
          {t('prep.shots.fullScreen')}
        </button>
        <button
          type="button"
          className="button button-small"
          onClick={onPresent}
          aria-label={named(t('prep.shots.present'))}
        >
          {t('prep.shots.present')}
        </button>
        <button
          type="button"
          className="button button-small button-danger-quiet"
          onClick={onRemove}
          aria-label={named(t('prep.shots.remove'))}
        >
          {t('prep.shots.remove')}
        </button>
      </div>
    </li>
  );
}
