import type Konva from 'konva';

export type TimelineImageType = 'image/png' | 'image/jpeg';

/**
 * The drawing as an image: PNG for people, JPEG (small, for the PDF export). Twice the
 * screen's pixels so it stays sharp on paper; the paper layer makes it opaque.
 */
export function timelineImageDataUrl(
  stage: Konva.Stage,
  type: TimelineImageType,
  pixelRatio = 2,
): string {
  return stage.toDataURL({ mimeType: type, quality: 0.85, pixelRatio });
}

/** A file name from the incident's title: `timeline-checkout-errors.png`. */
export function timelineFileName(prefix: string, title: string, type: TimelineImageType): string {
  const slug =
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'incident';
  return `${prefix.replace('{name}', slug)}.${type === 'image/png' ? 'png' : 'jpg'}`;
}

/** Saves a data URL as a file through a temporary link. */
export function downloadDataUrl(url: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
}
