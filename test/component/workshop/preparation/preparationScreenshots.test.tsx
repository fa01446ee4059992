import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHECKOUT_OUTAGE, makeReviewData } from '../../support/makeReviewData';
import { renderPreparation } from './renderPreparation';

const pngFile = (name = 'error-page.png') =>
  new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])], name, {
    type: 'image/png',
  });

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('what customers saw', () => {
  it('saves the customer impact as it is typed, and when the field is left', async () => {
    const data = makeReviewData(CHECKOUT_OUTAGE);
    const { user, store, gateway } = await renderPreparation(data);
    const impact = screen.getByLabelText('What told customers something was wrong?');
    expect(impact).toHaveAccessibleDescription(
      'For example: an error page at checkout that pointed to support.',
    );
    await user.type(impact, 'An error page');
    // A short pause saves it without leaving the field.
    await waitFor(() =>
      expect(store.getState().current?.preparation?.customerImpact).toBe('An error page'),
    );
    await user.type(impact, ' sent customers to support.');
    await user.tab();
    expect(store.getState().current?.preparation?.customerImpact).toBe(
      'An error page sent customers to support.',
    );
    await store.getState().actions.flush();
    expect((await gateway.loadReview(data.review.id))?.preparation?.customerImpact).toBe(
      'An error page sent customers to support.',
    );
  });

  it('adds a screenshot from a file, edits its caption and removes it', async () => {
    const data = makeReviewData(CHECKOUT_OUTAGE);
    const { user, store, gateway } = await renderPreparation(data);
    expect(screen.getByText('No screenshots yet.')).toBeInTheDocument();
    const input = screen.getByLabelText('Add screenshot');
    expect(input).toHaveAttribute('type', 'file');
    expect(input).toHaveAttribute('accept', 'image/png,image/jpeg,image/webp,image/gif');

    await user.upload(input, pngFile());
    const image = await screen.findByRole('img', { name: 'error-page.png' });
    expect(image.getAttribute('src')).toMatch(/^data:image\/png;base64,iVBORw0KGgo/);
    expect(screen.getByText('Screenshot added: error-page.png')).toBeInTheDocument();
    expect(store.getState().current?.attachments).toMatchObject([
      { name: 'error-page.png', mimeType: 'image/png', caption: '' },
    ]);

    const caption = screen.getByLabelText('Caption of error-page.png');
    await user.type(caption, 'Checkout error page');
    await user.tab();
    expect(screen.getByRole('img', { name: 'Checkout error page' })).toBeInTheDocument();
    expect(store.getState().current?.attachments[0]?.caption).toBe('Checkout error page');
    await store.getState().actions.flush();
    expect((await gateway.loadReview(data.review.id))?.attachments).toMatchObject([
      { name: 'error-page.png', caption: 'Checkout error page' },
    ]);

    await user.click(screen.getByRole('button', { name: 'Remove: error-page.png' }));
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getByText('Screenshot removed: error-page.png')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Screenshots' })).toHaveFocus();
    expect(store.getState().current?.attachments).toEqual([]);
    await store.getState().actions.flush();
    expect((await gateway.loadReview(data.review.id))?.attachments).toEqual([]);
  });

  it('refuses a file that is not an image, or is over 8 MB, and says why', async () => {
    const data = makeReviewData(CHECKOUT_OUTAGE);
    const { user, store } = await renderPreparation(data);
    const input = screen.getByLabelText('Add screenshot');

    await user.upload(input, new File(['hello'], 'notes.txt', { type: 'text/plain' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '“notes.txt” was not added: only PNG, JPEG, WebP and GIF images can be.',
    );

    const huge = pngFile('huge.png');
    Object.defineProperty(huge, 'size', { value: 9 * 1024 * 1024 });
    await user.upload(input, huge);
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        '“huge.png” was not added: it is 9 MB, and a screenshot can be 8 MB at most.',
      ),
    );
    expect(store.getState().current?.attachments).toEqual([]);
    expect(screen.getByText('No screenshots yet.')).toBeInTheDocument();
  });

  it('views a screenshot full screen, and Escape closes it', async () => {
    const requestFullscreen = vi.fn(() => Promise.resolve());
    Object.defineProperty(HTMLElement.prototype, 'requestFullscreen', {
      configurable: true,
      value: requestFullscreen,
    });
    try {
      const { user } = await renderPreparation(makeReviewData(CHECKOUT_OUTAGE));
      await user.upload(screen.getByLabelText('Add screenshot'), pngFile());
      const view = await screen.findByRole('button', { name: 'View full screen: error-page.png' });
      await user.click(view);
      const dialog = screen.getByRole('dialog', { name: 'Screenshot: error-page.png' });
      expect(requestFullscreen).toHaveBeenCalled();
      expect(dialog.querySelector('img')).toHaveAttribute('alt', 'error-page.png');
      expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus();
      await user.keyboard('{Escape}');
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(view).toHaveFocus();
    } finally {
      Reflect.deleteProperty(HTMLElement.prototype, 'requestFullscreen');
    }
  });

  it('asks the presenter window to show a screenshot over the BroadcastChannel', async () => {
    const posted: { channel: string; message: unknown }[] = [];
    class FakeChannel {
      constructor(readonly name: string) {}
      postMessage(message: unknown) {
        posted.push({ channel: this.name, message });
      }
      close() {}
    }
    vi.stubGlobal('BroadcastChannel', FakeChannel);
    const data = makeReviewData(CHECKOUT_OUTAGE);
    const { user, store } = await renderPreparation(data);
    await user.upload(screen.getByLabelText('Add screenshot'), pngFile());
    await user.click(
      await screen.findByRole('button', { name: 'Show in presenter window: error-page.png' }),
    );
    expect(posted).toEqual([
      {
        channel: 'gapline',
        message: {
          type: 'show-attachment',
          reviewId: data.review.id,
          attachmentId: store.getState().current?.attachments[0]?.id,
          from: expect.any(String),
        },
      },
    ]);
    expect(screen.getByText('Sent to the presenter window: error-page.png')).toBeInTheDocument();

    vi.stubGlobal('BroadcastChannel', undefined);
    await user.click(
      screen.getByRole('button', { name: 'Show in presenter window: error-page.png' }),
    );
    expect(screen.getByText('This browser cannot reach a presenter window.')).toBeInTheDocument();
  });
});
