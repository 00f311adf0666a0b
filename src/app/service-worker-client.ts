import { offlineEn, offlineVi } from '../i18n/strings-offline';
import type { AppState } from '../state/app-state';
import { dismissNotice, notify } from '../state/notice-actions';
import type { Store } from '../state/store';

/**
 * A notice in both languages, from the offline strings (loaded with this module, not the page), by
 * the main table's `{text}` key, as the storage notices are.
 */
const said = (key: keyof typeof offlineVi) => ({
  key: 'store.notice' as const,
  params: { text: { vi: offlineVi[key], en: offlineEn[key] } },
});

/** How often an open page asks whether a newer build was published (also when the network returns). */
export const UPDATE_CHECK_MS = 60 * 60 * 1000;
/** How often a page that found the network gone asks again, so the notice goes when it is back. */
export const OFFLINE_RECHECK_MS = 30_000;

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

/**
 * Asks the worker whether the page's scripts are all files of its build (yes if it does not
 * answer). All of them: the page names several (the app, MapLibre, React, Rolldown's runtime), and
 * the one that changes with the app's code is not the first.
 */
function askSameBuild(worker: ServiceWorker): Promise<boolean> {
  const scripts = document.querySelectorAll<HTMLScriptElement>('script[type="module"][src]');
  const base = new URL('./', window.location.href).pathname.length;
  const paths = [...scripts].map((s) => new URL(s.src).pathname.slice(base));
  return Promise.all(paths.map((path) => askHasFile(worker, path))).then((has) => has.every(Boolean));
}

function askHasFile(worker: ServiceWorker, path: string): Promise<boolean> {
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
        ...said('update.ready'),
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

  // Offline is told by the browser (`navigator.onLine`, the `offline` event) and also by the server
  // not answering: the browser's own idea lies behind a captive portal and differs between
  // versions (Chromium 150 says online in a tab emulated offline). The check for a newer build
  // asks the server for sw.js past every cache: its failure means the page runs on its saved copy.
  let registration: ServiceWorkerRegistration | undefined;
  const offline = () => store.update((s) => notify(s, { id: 'offline', ...said('offline.now') }));
  const online = () => store.update((s) => dismissNotice(s, 'offline'));
  const isOffline = () => store.get().notices.some((n) => n.id === 'offline');
  const check = () => {
    if (registration) void registration.update().then(online, offline);
    else online(); // no worker to ask with: the browser's word is all there is
  };
  host.onNetwork(check, offline);
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
              ? store.update((s) =>
                  notify(s, { id: 'offline-ready', ...said('offline.ready'), timeoutMs: 8000 }),
                )
              : offer(worker),
          );
    });
  };
  const reg = registration;
  // A page the worker answered may have come from the saved copy without any network: ask.
  if (container.controller) check();
  if (reg.waiting && container.controller) offer(reg.waiting);
  if (reg.installing) watch(reg.installing);
  reg.addEventListener('updatefound', () => {
    if (reg.installing) watch(reg.installing);
  });
  host.every(UPDATE_CHECK_MS, check);
  host.every(OFFLINE_RECHECK_MS, () => {
    if (isOffline()) check();
  });
}
