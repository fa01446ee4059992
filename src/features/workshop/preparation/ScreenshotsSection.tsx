import { useId, useRef, useState } from 'react';
import type { Attachment } from '../../../domain/model';
import { useI18n } from '../../../i18n/useI18n';
import { useAppStore } from '../../../store/useAppStore';
import { showAttachmentInPresenter } from './presenterChannel';
import { readScreenshot, type ScreenshotResult } from './readScreenshot';
import { ScreenshotCard } from './ScreenshotCard';
import { ScreenshotPicker } from './ScreenshotPicker';
import { ScreenshotViewer } from './ScreenshotViewer';

interface Props {
  readonly reviewId: string;
  readonly attachments: readonly Attachment[];
}

const megabytes = (bytes: number, locale: string): string =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024));

/** Screenshots of what customers saw: add, caption, remove, view full screen, present. */
export function ScreenshotsSection({ reviewId, attachments }: Props) {
  const { t, locale } = useI18n();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const actions = useAppStore((s) => s.actions);
  const [errors, setErrors] = useState<readonly string[]>([]);
  const [status, setStatus] = useState('');
  const [viewing, setViewing] = useState<string | null>(null);

  const refusal = (file: File, result: Exclude<ScreenshotResult, { ok: true }>): string => {
    if (result.reason === 'type') return t('prep.shots.badType', { name: file.name });
    if (result.reason === 'size') {
      return t('prep.shots.tooBig', { name: file.name, size: megabytes(file.size, locale) });
    }
    return t('prep.shots.readFailed', { name: file.name });
  };

  const addFiles = async (files: readonly File[]) => {
    const problems: string[] = [];
    const added: string[] = [];
    for (const file of files) {
      const result = await readScreenshot(file);
      if (!result.ok) {
        problems.push(refusal(file, result));
        continue;
      }
      try {
        await actions.addAttachment(result.attachment);
        added.push(file.name);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        problems.push(t('prep.shots.saveFailed', { name: file.name, message }));
      }
    }
    setErrors(problems);
    setStatus(added.length === 0 ? '' : t('prep.shots.added', { name: added.join(', ') }));
  };

  const remove = (a: Attachment) => {
    setErrors([]);
    setStatus(t('prep.shots.removed', { name: a.name }));
    void actions.deleteAttachment(a.id).catch(() => undefined);
    // The removed card held the focus: keep it in this section.
    heading.current?.focus();
  };

  const present = (a: Attachment) => {
    const sent = showAttachmentInPresenter(reviewId, a.id);
    setStatus(sent ? t('prep.shots.presented', { name: a.name }) : t('prep.shots.noChannel'));
  };

  const shown = attachments.find((a) => a.id === viewing);
  return (
    <section className="prep-subsection" aria-labelledby={headingId}>
      <h4 id={headingId} ref={heading} tabIndex={-1}>
        {t('prep.shots.heading')}
      </h4>
      <ScreenshotPicker onFiles={(files) => void addFiles(files)} />
      {errors.length > 0 && (
        <div className="notice notice-error" role="alert">
          {errors.map((e) => (
            <p key={e}>{e}</p>
          ))}
        </div>
      )}
      <p className="prep-status" role="status">
        {status}
      </p>
      {attachments.length === 0 ? (
        <p className="muted">{t('prep.shots.empty')}</p>
      ) : (
        <ul className="prep-shots" aria-labelledby={headingId}>
          {attachments.map((a) => (
            <ScreenshotCard
              key={a.id}
              attachment={a}
              onCaption={(caption) =>
                void actions.updateAttachment(a.id, caption).catch(() => undefined)
              }
              onRemove={() => remove(a)}
              onView={() => setViewing(a.id)}
              onPresent={() => present(a)}
            />
          ))}
        </ul>
      )}
      {shown !== undefined && (
        <ScreenshotViewer attachment={shown} onClose={() => setViewing(null)} />
      )}
    </section>
  );
}
