/**
 * Saves text or bytes as a file through a temporary link to a `blob:` URL (no server, no
 * data URL size limits). The URL is revoked once the browser has taken the download.
 */
export function downloadBlob(
  content: string | Uint8Array<ArrayBuffer>,
  fileName: string,
  type: string,
): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
