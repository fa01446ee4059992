/**
 * The update notice (service worker in 'prompt' mode), on the app with a fake worker: it
 * waits silently, says when a new version is ready, takes it only on **Reload to update**
 * (after saving), can be put off with **Not now**, warns when a reload would lose work, and
 * stays off the presenter window.
 */
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/app/App';
import { createAppUpdate } from '../../../src/app/createAppUpdate';
import type { Language } from '../../../src/i18n/languages';
import { MemoryReviewGateway } from '../../../src/persistence/MemoryReviewGateway';
import { createAppStore } from '../../../src/store/createAppStore';
import { fakeServiceWorker } from '../../unit/app/fakeServiceWorker';

afterEach(() => {
  window.location.hash = '';
});

function renderApp(
  options: { memory?: boolean; language?: Language; hash?: string; withWorker?: boolean } = {},
) {
  const worker = fakeServiceWorker();
  const store = createAppStore(new MemoryReviewGateway());
  const reloads: string[] = [];
  const memory = options.memory ?? false;
  const update = createAppUpdate({
    register: worker.register,
    flush: () => store.getState().actions.flush(),
    hasUnsavedWork: () => memory || store.getState().save.state === 'error',
    reload: () => reloads.push('reload'),
  });
  window.location.hash = options.hash ?? '#/';
  render(
    <App
      store={store}
      storage={memory ? { mode: 'memory', reason: null } : { mode: 'indexeddb', reason: null }}
      initialLanguage={options.language ?? 'en'}
      update={options.withWorker === false ? null : update}
    />,
  );
  return { worker, store, reloads };
}

const notice = (name = 'A new version of Gapline is ready') =>
  screen.queryByRole('region', { name });

describe('the update notice', () => {
  it('is an empty polite status until a new version waits, then offers the reload', async () => {
    const { worker, reloads } = renderApp();
    await screen.findByRole('heading', { name: 'Your reviews' });
    const host = document.querySelector('.update-notice-host');
    expect(host).toHaveAttribute('role', 'status');
    expect(host).toBeEmptyDOMElement();

    act(() => worker.newVersionWaiting());

    const region = notice();
    expect(region).not.toBeNull();
    expect(host).toContainElement(region);
    const card = within(region as HTMLElement);
    expect(region).toHaveTextContent('It starts when you reload the page.');
    expect(card.getByRole('button', { name: 'Reload to update' })).toBeEnabled();
    expect(card.getByRole('button', { name: 'Not now' })).toBeEnabled();
    expect(region).not.toHaveTextContent('lose');
    expect(worker.takeOverRequests()).toBe(0);
    expect(reloads).toEqual([]);
  });

  it('on Reload to update, saves, lets the new version take over, and reloads when it has', async () => {
    const user = userEvent.setup();
    const { worker, reloads } = renderApp();
    act(() => worker.newVersionWaiting());

    await user.click(screen.getByRole('button', { name: 'Reload to update' }));
    expect(worker.takeOverRequests()).toBe(1);
    expect(reloads).toEqual([]);

    await act(async () => {
      worker.newVersionTookOver();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(reloads).toEqual(['reload']);
  });

  it('goes away on Not now, and comes back for the next new version', async () => {
    const user = userEvent.setup();
    const { worker, reloads } = renderApp();
    act(() => worker.newVersionWaiting());

    await user.click(screen.getByRole('button', { name: 'Not now' }));
    expect(notice()).toBeNull();
    expect(worker.takeOverRequests()).toBe(0);

    act(() => worker.newVersionWaiting());
    expect(notice()).not.toBeNull();
    expect(reloads).toEqual([]);
  });

  it('warns that a reload loses reviews kept in memory only', async () => {
    const { worker } = renderApp({ memory: true });
    act(() => worker.newVersionWaiting());
    expect(notice()).toHaveTextContent(
      'This tab keeps your reviews in memory only: reloading loses them. Back up all reviews first.',
    );
  });

  it('warns that a reload loses changes that failed to save', async () => {
    const { worker, store } = renderApp();
    act(() => worker.newVersionWaiting());
    expect(notice()).not.toHaveTextContent('not saved yet');

    act(() =>
      store.setState({
        save: { state: 'error', pending: 0, error: 'Quota exceeded', errorKind: 'quota' },
      }),
    );
    expect(notice()).toHaveTextContent(
      'Your latest changes are not saved yet: reloading now would lose them.',
    );
  });

  it('stays off the presenter window', async () => {
    const { worker } = renderApp({ hash: '#/review/some-review/present' });
    act(() => worker.newVersionWaiting());
    expect(notice()).toBeNull();
  });

  it('speaks Spanish', async () => {
    const { worker } = renderApp({ language: 'es' });
    act(() => worker.newVersionWaiting());
    const region = notice('Hay una nueva versión de Gapline');
    expect(region).not.toBeNull();
    const card = within(region as HTMLElement);
    expect(card.getByRole('button', { name: 'Recargar para actualizar' })).toBeEnabled();
    expect(card.getByRole('button', { name: 'Ahora no' })).toBeEnabled();
  });

  it('is not there at all without a service worker', async () => {
    renderApp({ withWorker: false });
    await screen.findByRole('heading', { name: 'Your reviews' });
    expect(document.querySelector('.update-notice-host')).toBeNull();
  });
});
