/** The window-to-window channel: stamps the sender, drops what is not one of its messages. */
import { describe, expect, it } from 'vitest';
import {
  createReviewChannel,
  openReviewChannel,
  parseReviewChannelMessage,
  type BroadcastPort,
  type ReviewChannelMessage,
} from '../../../src/app/reviewChannel';

/** In-memory ports that deliver to every other port of the same bus, like BroadcastChannel. */
function makeBus() {
  const ports = new Set<FakePort>();
  class FakePort implements BroadcastPort {
    readonly listeners = new Set<(event: MessageEvent) => void>();
    closed = false;
    constructor() {
      ports.add(this);
    }
    postMessage(message: unknown): void {
      if (this.closed) throw new DOMException('closed', 'InvalidStateError');
      const copy: unknown = structuredClone(message);
      for (const port of ports) {
        if (port === this || port.closed) continue;
        for (const l of port.listeners) l(new MessageEvent('message', { data: copy }));
      }
    }
    addEventListener(_type: 'message', listener: (event: MessageEvent) => void): void {
      this.listeners.add(listener);
    }
    removeEventListener(_type: 'message', listener: (event: MessageEvent) => void): void {
      this.listeners.delete(listener);
    }
    close(): void {
      this.closed = true;
      ports.delete(this);
    }
  }
  return { FakePort, ports };
}

describe('the review channel', () => {
  it("delivers another window's message with its sender", () => {
    const { FakePort } = makeBus();
    const a = createReviewChannel(new FakePort(), 'window-a');
    const b = createReviewChannel(new FakePort(), 'window-b');
    const got: ReviewChannelMessage[] = [];
    b.subscribe((m) => got.push(m));
    a.post({ type: 'review-changed', reviewId: 'r1' });
    a.post({ type: 'view', reviewId: 'r1', view: { start: 1, end: 2 } });
    a.post({ type: 'focus', reviewId: 'r1', focus: { kind: 'note', id: 'n1' } });
    expect(got).toEqual([
      { type: 'review-changed', reviewId: 'r1', from: 'window-a' },
      { type: 'view', reviewId: 'r1', view: { start: 1, end: 2 }, from: 'window-a' },
      { type: 'focus', reviewId: 'r1', focus: { kind: 'note', id: 'n1' }, from: 'window-a' },
    ]);
  });

  it('ignores messages that are not its own kind', () => {
    expect(parseReviewChannelMessage('hello')).toBeNull();
    // The preparation view's "Show in presenter window" message, and a malformed one.
    expect(
      parseReviewChannelMessage({
        type: 'show-attachment',
        reviewId: 'r1',
        attachmentId: 'a',
        from: 'x',
      }),
    ).toEqual({ type: 'show-attachment', reviewId: 'r1', attachmentId: 'a', from: 'x' });
    expect(
      parseReviewChannelMessage({
        type: 'show-attachment',
        reviewId: 'r1',
        attachmentId: 3,
        from: 'x',
      }),
    ).toBeNull();
    expect(parseReviewChannelMessage({ type: 'review-changed', reviewId: 'r1' })).toBeNull();
    expect(parseReviewChannelMessage({ type: 'other', reviewId: 'r1', from: 'x' })).toBeNull();
    expect(
      parseReviewChannelMessage({ type: 'view', reviewId: 'r1', view: { start: 'a' }, from: 'x' }),
    ).toBeNull();
    expect(
      parseReviewChannelMessage({ type: 'focus', reviewId: 'r1', focus: { kind: 'x' }, from: 'x' }),
    ).toBeNull();
    expect(
      parseReviewChannelMessage({ type: 'view', reviewId: 'r1', view: null, from: 'x' }),
    ).toEqual({ type: 'view', reviewId: 'r1', view: null, from: 'x' });
  });

  it('stops delivering once closed and never throws on post', () => {
    const { FakePort, ports } = makeBus();
    const a = createReviewChannel(new FakePort(), 'window-a');
    const b = createReviewChannel(new FakePort(), 'window-b');
    const got: ReviewChannelMessage[] = [];
    b.subscribe((m) => got.push(m));
    b.close();
    a.post({ type: 'review-changed', reviewId: 'r1' });
    expect(got).toEqual([]);
    expect(ports.size).toBe(1);
    a.close();
    expect(() => a.post({ type: 'review-changed', reviewId: 'r1' })).not.toThrow();
  });

  it('is absent (no live sync) where the browser has no BroadcastChannel', () => {
    expect(openReviewChannel({ windowId: 'w', BroadcastChannel: undefined })).toBeNull();
  });

  it('opens on the BroadcastChannel named gapline', () => {
    const names: string[] = [];
    const { FakePort } = makeBus();
    class Named extends FakePort {
      constructor(name: string) {
        super();
        names.push(name);
      }
    }
    const channel = openReviewChannel({ windowId: 'w', BroadcastChannel: Named });
    expect(channel?.windowId).toBe('w');
    expect(names).toEqual(['gapline']);
    channel?.close();
  });
});
