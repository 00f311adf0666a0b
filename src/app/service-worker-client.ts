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
  /** Whether this page is of the worker's build (false: the server changed between page and worker). */
  sameBuild: (worker: ServiceWorker) => Promise<boolean>;
}

/** Asks the worker whether the page's entry script is one of its build's files (yes if it does not answer). */
function askSameBuild(worker: ServiceWorker): Promise<boolean> {
  const src = document.querySelector<HTMLScriptElement>('script[type="module"][src]')?.src;
  if (!src) return Promise.resolve(true);
  const path = new URL(src).pathname.slice(new URL('./', window.location.href).pathname.length);
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => resolve(true), 2000);
    channel.port1.onmessage = (e) => {
      clearTimeout(timer);
      resolve(e.data !== false);
    };
    worker.postMessage({ type: 'has-file', path }, [channel.port2]);
  });
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
  sameBuild: askSameBuild,
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
            // Waiting: it takes over, then the page reloads (controllerchange). In charge already
            // (another tab chose first), replaced, or the page is simply of another build: reload.
            if (worker.state === 'installed') worker.postMessage({ type: 'skip-waiting' });
            else host.reload();
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
        // The first worker takes this page over; if the server changed in between, the page is of
        // another build than the one stored: it is offered a reload, not told it is saved.
        void host
          .sameBuild(worker)
          .then((same) =>
            same
              ? store.update((s) => notify(s, { id: 'offline-ready', key: 'offline.ready', timeoutMs: 8000 }))
              : offer(worker),
          );
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
