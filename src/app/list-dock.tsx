import { lazy, Suspense, useEffect, useRef } from 'react';
import { CATALOG } from '../../geodata/catalog';
import { translate } from '../i18n/translate';
import { setKeysOpen, setListOpen } from '../state/panel-actions';
import { isPhone } from '../ui/phone';
import { useAppState, useStore } from '../ui/use-store';
import type { ListContext } from './list-layer';
import { useApp } from './use-app-data';

// The list view, the shortcuts' help and the shortcuts' code load when first wanted: the page's
// first load carries only the two buttons and a key listener.
const load = () => import('./list-layer');
const ListLayer = lazy(() => load().then((m) => ({ default: m.ListLayer })));

const LIST_ID = 'feature-list-view';
const LIST_BUTTON_ID = 'feature-list-button';
/** The keys of our shortcuts (see onMapKey). */
const SHORTCUT = /^([?nplmdr]|Enter)$/;

/** The buttons over the map that open the list view (the map as text) and the shortcuts' help. */
export function ListButtons() {
  const store = useStore();
  const lang = useAppState((s) => s.lang);
  const open = useAppState((s) => s.listOpen);
  return (
    <div className="a11y-tools">
      <button
        id={LIST_BUTTON_ID}
        type="button"
        aria-expanded={open}
        aria-controls={open ? LIST_ID : undefined}
        aria-keyshortcuts="L"
        onClick={() => store.update((s) => setListOpen(s, !open))}
      >
        <span className="a11y-icon" aria-hidden="true">
          ☰
        </span>
        <span className="a11y-word">{translate(lang, 'list.open')}</span>
      </button>
      <button
        type="button"
        aria-haspopup="dialog"
        aria-keyshortcuts="?"
        onClick={() => store.update((s) => setKeysOpen(s, true))}
      >
        <span className="a11y-word">{translate(lang, 'keys.open')}</span> <kbd>?</kbd>
      </button>
    </div>
  );
}

/** The list view and the shortcuts' help when open, and the map's keyboard shortcuts. */
export function ListDock() {
  const store = useStore();
  const app = useApp();
  const shown = useAppState((s) => s.listOpen || s.keysOpen);
  const c: ListContext = {
    store,
    app,
    catalog: CATALOG,
    isPhone,
    listId: LIST_ID,
    buttonId: LIST_BUTTON_ID,
    setOpen: (what, open) => store.update((s) => (what === 'list' ? setListOpen : setKeysOpen)(s, open)),
  };
  const latest = useRef(c);
  latest.current = c;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (SHORTCUT.test(e.key)) void load().then((m) => m.onMapKey(e, latest.current));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return shown ? (
    <Suspense fallback={null}>
      <ListLayer {...c} />
    </Suspense>
  ) : null;
}
