import { vi } from 'vitest';

export interface CapturedDownload {
  readonly name: string;
  readonly type: string;
  /** The text as decoded (a byte-order mark is dropped, as by any UTF-8 reader). */
  readonly text: () => Promise<string>;
  readonly bytes: () => Promise<Uint8Array>;
}

/**
 * jsdom has no `blob:` URLs and no downloads: this records what `downloadBlob` saves (the
 * link's file name and the Blob) instead. Returns the list and a restore function.
 */
export function captureDownloads(): { downloads: CapturedDownload[]; restore: () => void } {
  const downloads: CapturedDownload[] = [];
  const blobs = new Map<string, Blob>();
  let n = 0;
  const create = vi.fn((blob: Blob) => {
    const url = `blob:test/${++n}`;
    blobs.set(url, blob);
    return url;
  });
  const revoke = vi.fn();
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.href);
    if (blob === undefined) return;
    downloads.push({
      name: this.download,
      type: blob.type,
      text: () => blob.text(),
      bytes: async () => new Uint8Array(await blob.arrayBuffer()),
    });
  });
  const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
  URL.createObjectURL = create;
  URL.revokeObjectURL = revoke;
  return {
    downloads,
    restore: () => {
      click.mockRestore();
      URL.createObjectURL = original.create;
      URL.revokeObjectURL = original.revoke;
    },
  };
}
