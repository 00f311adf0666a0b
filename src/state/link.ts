import type { LayerDef } from '../data/catalog-types';
import { type AppState, ignoredNotice, panelFromView, selectedId } from './app-state';
import { investorFromView, investorToView } from './investor';
import { setCompare } from './investor-actions';
import { layersFromLink, layersToLink } from './layer-state';
import { notify, notifyUnknown } from './notice-actions';
import { requestCamera } from './selection-actions';
import type { ParseResult, ViewState } from './url';

/**
 * What a share link carries of the state: camera, layers, selection, panel, investor tools, phase,
 * divider, base map, language, map style and the sketches (as sketch-link.ts wrote them, when short
 * enough); nothing the user imported (see url.ts for the text).
 */
export function toView(s: AppState, catalog: readonly LayerDef[]): ViewState {
  const panelId = s.panel && 'id' in s.panel ? s.panel.id : null;
  return {
    camera: s.camera,
    layers: layersToLink(s.layers, catalog),
    selected: selectedId(s) ?? panelId,
    panel: s.panel?.kind === 'report' ? null : (s.panel?.kind ?? null),
    ...investorToView(s.investor),
    phase: s.phase,
    swipe: s.swipe,
    baseMap: s.baseMap,
    lang: s.lang,
    mapStyle: s.mapStyle,
    report: s.panel?.kind === 'report' ? s.panel.ref : null,
    sketches: s.sketchLink,
  };
}

/**
 * The state a link describes, over `s`: every field the link carries is taken from it; what it does
 * not carry (notices, imported layers, measuring, the panels' folding) stays. Popups close, and
 * the selected feature is not flown to (the link's camera says where to look).
 */
export function fromView(view: ViewState, s: AppState, catalog: readonly LayerDef[]): AppState {
  return {
    ...s,
    camera: view.camera,
    lang: view.lang,
    mapStyle: view.mapStyle,
    sketchLink: view.sketches,
    baseMap: view.baseMap,
    phase: view.phase,
    swipe: view.swipe,
    layers: layersFromLink(view.layers, catalog),
    popup: view.selected ? { kind: 'plan', id: view.selected, fly: false } : null,
    panel: panelFromView(view),
    investor: investorFromView(view),
  };
}

/** A link opened in this page (pasted, back/forward): its view, the camera moved there, and what it held that could not be used named. */
export function applyLink(s: AppState, link: ParseResult, catalog: readonly LayerDef[]): AppState {
  let next = requestCamera(fromView(link.state, s, catalog), link.state.camera);
  // Without a map, a link that selects a feature opens its details (there is no popup to show it).
  const selected = selectedId(next);
  if (next.mapFailure && selected && !next.panel) next = { ...next, panel: { kind: 'detail', id: selected } };
  if (link.unknown.length > 0) next = notifyUnknown(next, link.unknown);
  if (link.ignored.length > 0) next = notify(next, ignoredNotice(link.ignored));
  return next;
}

/**
 * Once every plan layer has loaded: a linked feature that is not in the data (renamed, removed,
 * mistyped) is named in a notice and let go — the selection, the panel about it, the comparison
 * (which takes only `comparable` ids, sites, and closes if fewer than two are left).
 */
export function pruneUnknownIds(
  s: AppState,
  known: (id: string) => boolean,
  comparable: (id: string) => boolean = known,
): AppState {
  const panelId = s.panel && 'id' in s.panel ? s.panel.id : null;
  const selected = selectedId(s);
  const gone = [selected, panelId]
    .filter((id): id is string => id !== undefined && id !== null && !known(id))
    .concat(s.investor.compare.filter((id) => !comparable(id)));
  if (gone.length === 0) return s;
  const next: AppState = {
    ...s,
    popup: selected && !known(selected) ? null : s.popup,
    panel: panelId && !known(panelId) ? null : s.panel,
  };
  return notifyUnknown(setCompare(next, s.investor.compare.filter(comparable)), [...new Set(gone)]);
}
