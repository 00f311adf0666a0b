import { useMemo, useSyncExternalStore } from 'react';
import { PROVINCE_BOUNDS } from '../data/boxes';
import type { LayerDef } from '../data/catalog-types';
import type { AppState } from '../state/app-state';
import { type ListInput, type RowTarget, selectedKey, stepTarget } from '../state/feature-list';
import { chooseUserFeature, selectedDetails, showDetails } from '../state/list-actions';
import type { Store } from '../state/store';
import { KeysDialog } from '../ui/keys-dialog';
import { ListPanel } from '../ui/list/list-panel';
import type { AppData } from './use-app-data';

/**
 * The list view, the shortcuts' help and the shortcuts themselves: loaded when first wanted (see
 * list-dock.tsx), given what they need from the page, so that they share no module with its first
 * load but those already shared.
 */
export interface ListContext {
  store: Store<AppState>;
  app: AppData;
  catalog: readonly LayerDef[];
  isPhone: () => boolean;
  listId: string;
  buttonId: string;
  /** Opens or closes the list or the help (their actions stay with the page's buttons). */
  setOpen: (what: 'list' | 'keys', open: boolean) => void;
}

/** What the list is made of now: the same layers, phase and filters the maps draw by. */
const listInput = (s: AppState, { app, catalog }: ListContext): ListInput => ({
  catalog,
  data: app.data,
  layers: s.layers,
  rule: {
    visible: s.layers.visible,
    phase: s.phase,
    siteLayers: app.tools.siteLayers,
    shownSites: app.tools.siteStyle.shown,
  },
  imported: s.imported,
  lang: s.lang,
});

/** Shows a chosen feature on the map with its popup, as the search does; a user's feature at its point. */
function choose(c: ListContext, t: RowTarget, fromList: boolean) {
  const { at } = t;
  if (at) return c.store.update((s) => chooseUserFeature(s, t.key, at));
  c.app.choose(t.key);
  // On a phone the list covers the popup: the details open at once, as from the site table.
  if (fromList && c.isPhone()) c.store.update((s) => showDetails(s, t.key));
}

/** The map's centre as it last reported, or the province's before it has moved (and without a map). */
function mapCentre(s: AppState): [number, number] {
  if (s.camera) return [s.camera.lng, s.camera.lat];
  const [w, south, e, n] = PROVINCE_BOUNDS;
  return [(w + e) / 2, (south + n) / 2];
}

/** Where a shortcut must not act: text boxes, the list (its letters jump), sliders, dialogs. */
const OWN_KEYS = 'input, textarea, select, [contenteditable], [role="listbox"], [role="slider"], dialog';

/**
 * The map's keyboard shortcuts besides MapLibre's own (arrows and +/- when the map has the focus):
 * ? help, N/P next/previous feature, D (or Enter on the map) details, L the list, M the map, R the
 * land report at the map's centre. Not
 * while typing, in the list, or with a dialog open. Handled after the event (none has a default
 * action to prevent), so its code can load on the first key.
 */
export function onMapKey(e: KeyboardEvent, c: ListContext): void {
  if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
  const target = e.target instanceof Element ? e.target : null;
  if (target?.closest(OWN_KEYS) || document.querySelector('dialog[open]')) return;
  const { store } = c;
  const s = store.get();
  if (e.key === '?') c.setOpen('keys', true);
  else if (e.key === 'l') c.setOpen('list', !s.listOpen);
  else if (e.key === 'm') document.querySelector<HTMLElement>('.maplibregl-canvas')?.focus();
  else if (e.key === 'd' || (e.key === 'Enter' && target?.classList.contains('maplibregl-canvas')))
    store.update(selectedDetails);
  else if (e.key === 'r')
    void import('../state/report-actions').then((m) =>
      store.update((x) => m.openLandReport(x, { kind: 'point', at: mapCentre(x) }, { kind: 'map' })),
    );
  else if (e.key === 'n' || e.key === 'p') {
    const t = stepTarget(listInput(s, c), selectedKey(s), e.key === 'n' ? 1 : -1);
    if (t) choose(c, t, false);
  }
}

/** A slice of the store, as `useAppState` gives it (that hook stays with the first load). */
const useSlice = <T,>(store: Store<AppState>, pick: (s: AppState) => T): T =>
  useSyncExternalStore(store.subscribe, () => pick(store.get()));

/** The list and the help, as the store says they are open. */
export function ListLayer(c: ListContext) {
  const { store } = c;
  const listOpen = useSlice(store, (s) => s.listOpen);
  const keysOpen = useSlice(store, (s) => s.keysOpen);
  const lang = useSlice(store, (s) => s.lang);
  return (
    <>
      {listOpen && <OpenList {...c} />}
      {keysOpen && <KeysDialog lang={lang} onClose={() => c.setOpen('keys', false)} />}
    </>
  );
}

function OpenList(c: ListContext) {
  const { store, app } = c;
  const layers = useSlice(store, (s) => s.layers);
  const phase = useSlice(store, (s) => s.phase);
  const imported = useSlice(store, (s) => s.imported);
  const lang = useSlice(store, (s) => s.lang);
  const selected = useSlice(store, (s) => selectedKey(s));
  const { data, tools, index } = app;
  // biome-ignore lint/correctness/useExhaustiveDependencies: listInput reads exactly these
  const source = useMemo(
    () => listInput(store.get(), c),
    [store, data, tools, layers, phase, imported, lang],
  );
  return (
    <ListPanel
      id={c.listId}
      source={source}
      selected={selected}
      nameOf={(id) => index.get(id)?.feature.properties.name[lang]}
      onChoose={(t) => choose(c, t, true)}
      onDetails={(id) => store.update((s) => showDetails(s, id))}
      onClose={() => {
        c.setOpen('list', false);
        document.getElementById(c.buttonId)?.focus();
      }}
    />
  );
}
