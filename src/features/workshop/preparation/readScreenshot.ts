import type { Attachment } from '../../../domain/model';
import type { NewAttachment } from '../../../store/AppState';

/** The largest screenshot accepted (the stored record allows ~8 MB as a data: URL). */
export const MAX_SCREENSHOT_BYTES = 8 * 1024 * 1024;

const IMAGE_TYPES: readonly Attachment['mimeType'][] = [
  'image/png',
  'image/jpeg',
  'image/webp',
  'image/gif',
];

/** What the file input accepts. */
export const SCREENSHOT_ACCEPT = IMAGE_TYPES.join(',');

export type ScreenshotResult =
  | { readonly ok: true; readonly attachment: NewAttachment }
  | { readonly ok: false; readonly reason: 'type' | 'size' | 'read' };

const imageType = (type: string): Attachment['mimeType'] | null =>
  IMAGE_TYPES.find((t) => t === type) ?? null;

function readDataUrl(file: Blob): Promise<string | null> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : null);
    reader.onerror = () => resolve(null);
    reader.onabort = () => resolve(null);
    reader.readAsDataURL(file);
  });
}

/**
 * A chosen file as a screenshot to attach: only PNG, JPEG, WebP or GIF of at most 8 MB,
 * read as a base64 `data:` URL of its own type. Never throws.
 */
export async function readScreenshot(file: File): Promise<ScreenshotResult> {
  const mimeType = imageType(file.type);
  if (mimeType === null) return { ok: false, reason: 'type' };
  if (file.size > MAX_SCREENSHOT_BYTES) return { ok: false, reason: 'size' };
  const dataUrl = await readDataUrl(file);
  if (dataUrl === null || !dataUrl.startsWith(`data:${mimeType};base64,`)) {
    return { ok: false, reason: 'read' };
  }
  return { ok: true, attachment: { name: file.name, mimeType, dataUrl, caption: '' } };
}
