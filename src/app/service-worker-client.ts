import type { AppState } from '../state/app-state';
import { dismissNotice, notify } from '../state/notice-actions';
import type { Store } from '../state/store';

/** How often an open page asks whether a newer build was published (also when the network returns). */
export const UPDATE_CHECK_MS = 60 * 60 * 1000;

/** What this module uses of the browser (a stand-in in unit tests). */
export interface WorkerHost {
  container: Pick<ServiceWorkerContainer, 'register' | 'controller' | 'addEventListener'>;
  online: () => boolean;
  onNetwork: (online: () => void, offline: () => void) => void;
  reload: () => void;
  every: (ms: number, f: () => void) => void;
}

const browserHost = (): WorkerHost => ({
  container: navigator.serviceWorker,
  online: () => navigator.onLine,
  onNetwork: (online, offline) => {
    window.addEventListener('online', online);
    window.addEventListener('offline', offline);
  },
  reload: () => window.location.reload(),
  every: (ms, f) => setInterval(f, ms),
});

/**
 * Registers the service worker (sw.js beside the page) and keeps the user told: the app is saved for
 * use without network (first visit), a newer build is ready (reload when they choose: the new build
 * takes over only then, and this page keeps working meanwhile), the network is gone or back.
 */
export async function startServiceWorker(
  store: Store<AppState>,
  host: WorkerHost = browserHost(),
): Promise<void> {
  const { container } = host;
  let asked = false;
  const offer = (worker: ServiceWorker) =>
    store.update((s) =>
      notify(s, {
        id: 'update',
        key: 'update.ready',
        action: {
          label: 'update.reload',
          run: () => {
            asked = true;
            // Already in charge (another tab chose to reload first): this page only has to reload.
            if (worker.state === 'activated') host.reload();
            else worker.postMessage({ type: 'skip-waiting' });
          },
        },
      }),
    );
  container.addEventListener('controllerchange', () => {
    if (asked) host.reload();
  });

  let registration: ServiceWorkerRegistration | undefined;
  const check = () => void registration?.update().catch(() => undefined);
  const offline = () => store.update((s) => notify(s, { id: 'offline', key: 'offline.now' }));
  host.onNetwork(() => {
    store.update((s) => dismissNotice(s, 'offline'));
    check();
  }, offline);
  if (!host.online()) offline();

  try {
    registration = await container.register('./sw.js', { scope: './', updateViaCache: 'none' });
  } catch {
    return; // no worker (a private window, storage off): the app works as before, only online
  }
  // A worker installed while an older one runs this page is an update (offered); else it is the first.
  const watch = (worker: ServiceWorker) => {
    let update = false;
    worker.addEventListener('statechange', () => {
      if (worker.state === 'installed') {
        update = container.controller !== null;
        if (update) offer(worker);
      }
      if (worker.state === 'activated' && !update)
        store.update((s) => notify(s, { id: 'offline-ready', key: 'offline.ready', timeoutMs: 8000 }));
    });
  };
  const reg = registration;
  if (reg.waiting && container.controller) offer(reg.waiting);
  if (reg.installing) watch(reg.installing);
  reg.addEventListener('updatefound', () => {
    if (reg.installing) watch(reg.installing);
  });
  host.every(UPDATE_CHECK_MS, check);
}
