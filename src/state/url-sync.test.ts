import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CATALOG } from '../../geodata/catalog';
import { freshState } from '../../tests/fixtures/app-state';
import type { AppState } from './app-state';
import { setLang, toggleLayer } from './layer-actions';
import { createStore } from './store';
import { parse } from './url';
import { readStartUrl, startUrlSync, urlContext } from './url-sync';

const parseOf = (hash: string) => parse(hash, urlContext(CATALOG)).state;

/** Just enough of a browser window for the sync: a hash, replaceState and hashchange. */
function fakeWindow(hash = '') {
  const listeners = new Set<() => void>();
  const win = {
    location: { hash, search: '' },
    history: {
      state: null,
      writes: [] as string[],
      replaceState(_s: unknown, _t: string, url: string) {
        win.history.writes.push(url);
        win.location.hash = url;
      },
    },
    standalone: false,
    stored: new Map<string, string>(),
    matchMedia: (q: string) => ({ matches: q === '(display-mode: standalone)' && win.standalone }),
    localStorage: {
      getItem: (k: string) => win.stored.get(k) ?? null,
      setItem: (k: string, v: string) => void win.stored.set(k, v),
    },
    addEventListener: (_type: string, l: () => void) => listeners.add(l),
    removeEventListener: (_type: string, l: () => void) => listeners.delete(l),
    /** The user pastes a link or goes back: the hash changes and the page is told. */
    navigate(to: string) {
      win.location.hash = to;
      for (const l of listeners) l();
    },
    listeners,
  };
  return win;
}

describe('startUrlSync', () => {
  let win: ReturnType<typeof fakeWindow>;
  beforeEach(() => {
    vi.useFakeTimers();
    win = fakeWindow('#lang=en&v=1');
    vi.stubGlobal('window', win);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('writes the view to the address bar at most every 300 ms, the last state winning', () => {
    const store = createStore<AppState>(freshState({ lang: 'en' }));
    const stop = startUrlSync(store, CATALOG);
    vi.advanceTimersByTime(300);
    expect(win.history.writes).toEqual([]);
    store.update((s) => toggleLayer(s, 'province', false));
    store.update((s) => setLang(s, 'vi'));
    vi.advanceTimersByTime(299);
    expect(win.history.writes).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(win.history.writes).toHaveLength(1);
    expect(win.location.hash).toContain('layers=');
    expect(win.location.hash).not.toContain('lang=en');
    stop();
  });

  it('applies a link that arrives later, but not its own writes', () => {
    const store = createStore<AppState>(freshState({ lang: 'en' }));
    const stop = startUrlSync(store, CATALOG);
    const seen: AppState[] = [];
    store.subscribe((s) => seen.push(s));
    store.update((s) => setLang(s, 'vi'));
    vi.advanceTimersByTime(300);
    win.navigate(win.location.hash);
    expect(seen).toHaveLength(1);
    win.navigate('#phase=2030&lang=en&sel=no-such-feature-x&v=1');
    expect(store.get().phase).toBe('2030');
    expect(store.get().lang).toBe('en');
    expect(store.get().cameraRequest?.seq).toBe(1);
    stop();
    expect(win.listeners.size).toBe(0);
    store.update((s) => setLang(s, 'vi'));
    vi.advanceTimersByTime(1000);
    expect(win.location.hash).toContain('lang=en');
  });
});

describe('the installed app starting', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('reopens the last view when started from the home screen without a link', () => {
    vi.useFakeTimers();
    const win = fakeWindow('');
    vi.stubGlobal('window', win);
    const store = createStore<AppState>(freshState({ lang: 'en' }));
    const stop = startUrlSync(store, CATALOG);
    store.update((s) => toggleLayer(s, 'province', false));
    vi.advanceTimersByTime(300);
    stop();
    const kept = win.location.hash;
    expect(win.stored.get('ls-last-view')).toBe(kept);

    win.location.hash = '';
    expect(readStartUrl(CATALOG).state.lang).toBe('vi'); // a browser tab: the default view
    win.standalone = true;
    expect(readStartUrl(CATALOG).state).toEqual(parseOf(kept));
    win.location.hash = '#lang=en&v=1'; // a link opened in the app keeps its own view
    expect(readStartUrl(CATALOG).state.lang).toBe('en');
    expect(readStartUrl(CATALOG).state.layers).not.toEqual(parseOf(kept).layers);
  });

  it('starts at the default view when storage is refused', () => {
    const win = fakeWindow('');
    win.standalone = true;
    win.localStorage.getItem = () => {
      throw new Error('SecurityError');
    };
    vi.stubGlobal('window', win);
    expect(readStartUrl(CATALOG).state.lang).toBe('vi');
  });
});
