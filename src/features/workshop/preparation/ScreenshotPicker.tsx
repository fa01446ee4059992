import { useId } from 'react';
import { useT } from '../../../i18n/useT';
import { UploadIcon } from '../../../ui/UploadIcon';
import { SCREENSHOT_ACCEPT } from './readScreenshot';

interface Props {
  readonly onFiles: (files: readonly File[]) => void;
}

/** The "Add screenshot" file input (visually its label, styled as a button). */
export function ScreenshotPicker({ onFiles }: Props) {
  const t = useT();
  const id = useId();
  return (
    <div className="prep-picker">
      <input
        id={id}
        className="prep-file-input visually-hidden"
        type="file"
        accept={SCREENSHOT_ACCEPT}
        multiple
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
      <label htmlFor={id} className="button prep-file-label">
        <UploadIcon />
        {t('prep.shots.add')}
      </label>
      <p id={`${id}-hint`} className="field-hint">
        {t('prep.shots.addHint')}
      </p>
    </div>
  );
}
