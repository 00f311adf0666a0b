import { describe, expect, it } from 'vitest';
import { freshState } from '../../tests/fixtures/app-state';
import type { AppState } from '../state/app-state';
import { createStore } from '../state/store';
import { OFFLINE_RECHECK_MS, startServiceWorker, type WorkerHost } from './service-worker-client';

/** A worker that changes state when told, as the browser's does. */
class FakeWorker extends EventTarget {
  state: ServiceWorkerState = 'installing';
  posted: unknown[] = [];
  postMessage(m: unknown) {
    this.posted.push(m);
  }
  to(state: ServiceWorkerState) {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

function fakeHost(opts: {
  controlled: boolean;
  waiting?: FakeWorker;
  online?: boolean;
  sameBuild?: boolean;
  /** Whether the server answers the check for a newer build (it does unless told). */
  reachable?: boolean;
}) {
  const container = new EventTarget() as EventTarget & { controller: unknown; register: unknown };
  const registration = Object.assign(new EventTarget(), {
    installing: null as FakeWorker | null,
    waiting: opts.waiting ?? null,
    updates: 0,
    reachable: opts.reachable ?? true,
    update: async () => {
      registration.updates += 1;
      if (!registration.reachable)
        throw new TypeError('Failed to update a ServiceWorker: fetching the script failed');
    },
  });
  container.controller = opts.controlled ? {} : null;
  container.register = async () => registration;
  const net: { online?: () => void; offline?: () => void } = {};
  let reloads = 0;
  const timers = new Map<number, () => void>();
  const host: WorkerHost = {
    container: container as unknown as WorkerHost['container'],
    online: () => opts.online ?? true,
    onNetwork: (online, offline) => Object.assign(net, { online, offline }),
    reload: () => {
      reloads += 1;
    },
    every: (ms, f) => timers.set(ms, f),
    sameBuild: async () => opts.sameBuild ?? true,
  };
  const install = (w: FakeWorker) => {
    registration.installing = w;
    registration.dispatchEvent(new Event('updatefound'));
  };
  return { host, container, registration, net, install, timers, reloads: () => reloads };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const notices = (store: { get(): AppState }) => store.get().notices.map((n) => n.id);

describe('the service worker as the user sees it', () => {
  it('first visit: says the app is saved for use offline, offers no update', async () => {
    const store = createStore(freshState());
    const f = fakeHost({ controlled: false });
    await startServiceWorker(store, f.host);
    const w = new FakeWorker();
    f.install(w);
    w.to('installed');
    expect(notices(store)).toEqual([]);
    w.to('activated');
    await settle();
    expect(notices(store)).toEqual(['offline-ready']);
  });

  it('first visit while the server changed build: a reload is offered, not "saved"', async () => {
    const store = createStore(freshState());
    const f = fakeHost({ controlled: false, sameBuild: false });
    await startServiceWorker(store, f.host);
    const w = new FakeWorker();
    f.install(w);
    w.to('installed');
    w.to('activated');
    await settle();
    expect(notices(store)).toEqual(['update']);
    store.get().notices[0]?.action?.run();
    expect(w.posted).toEqual([]);
    expect(f.reloads()).toBe(1);
  });

  it('a newer build: offered, and taken only when the user chooses to reload', async () => {
    const store = createStore(freshState());
    const f = fakeHost({ controlled: true });
    await startServiceWorker(store, f.host);
    const w = new FakeWorker();
    f.install(w);
    w.to('installed');
    const offer = store.get().notices.find((n) => n.id === 'update');
    expect(offer?.action?.label).toBe('update.reload');
    expect(w.posted).toEqual([]);
    f.container.dispatchEvent(new Event('controllerchange')); // another tab took it: this one stays
    expect(f.reloads()).toBe(0);
    offer?.action?.run();
    expect(w.posted).toEqual([{ type: 'skip-waiting' }]);
    f.container.dispatchEvent(new Event('controllerchange'));
    expect(f.reloads()).toBe(1);
  });

  it('a build already waiting from an earlier visit is offered at once; if already active, reload only', async () => {
    const store = createStore(freshState());
    const waiting = new FakeWorker();
    waiting.state = 'installed';
    const f = fakeHost({ controlled: true, waiting });
    await startServiceWorker(store, f.host);
    const offer = store.get().notices.find((n) => n.id === 'update');
    waiting.state = 'activated';
    offer?.action?.run();
    expect(waiting.posted).toEqual([]);
    expect(f.reloads()).toBe(1);
  });

  it('tells when the network goes and clears it when it returns (and looks for a newer build)', async () => {
    const store = createStore(freshState());
    const f = fakeHost({ controlled: true, online: false, reachable: false });
    await startServiceWorker(store, f.host);
    await settle();
    expect(notices(store)).toEqual(['offline']);
    f.registration.reachable = true;
    f.net.online?.();
    await settle();
    expect(notices(store)).toEqual([]);
    expect(f.registration.updates).toBe(2);
    f.net.offline?.();
    expect(notices(store)).toEqual(['offline']);
  });

  it('tells offline when the server does not answer though the browser says online (captive portal, Chromium 150)', async () => {
    const store = createStore(freshState());
    const f = fakeHost({ controlled: true, online: true, reachable: false });
    await startServiceWorker(store, f.host);
    await settle();
    expect(notices(store)).toEqual(['offline']);
    // Asked again while offline; the notice stays while the server is away, and goes when it answers.
    const recheck = f.timers.get(OFFLINE_RECHECK_MS);
    recheck?.();
    await settle();
    expect([f.registration.updates, notices(store)]).toEqual([2, ['offline']]);
    f.registration.reachable = true;
    recheck?.();
    await settle();
    expect(notices(store)).toEqual([]);
    // Online again: the recheck asks the server no more.
    recheck?.();
    expect(f.registration.updates).toBe(3);
  });

  it('a page the network gave (not the worker) is online: the server is not asked at once', async () => {
    const store = createStore(freshState());
    const f = fakeHost({ controlled: false, online: true, reachable: false });
    await startServiceWorker(store, f.host);
    await settle();
    expect([f.registration.updates, notices(store)]).toEqual([0, []]);
  });

  it('a browser that refuses the worker leaves the app as it is', async () => {
    const store = createStore(freshState());
    const f = fakeHost({ controlled: false });
    f.container.register = async () => {
      throw new Error('SecurityError');
    };
    await expect(startServiceWorker(store, f.host)).resolves.toBeUndefined();
    expect(notices(store)).toEqual([]);
  });
});
