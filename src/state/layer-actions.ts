import type { LayerDef } from '../data/catalog-types';
import type { BaseMap, Lang, MapStyle, PhaseView, SwipeChoice } from '../types/core';
import type { AppState } from './app-state';
import { moveInOrder } from './layer-state';
import { dismissNotice, notify } from './notice-actions';
import { closePopups } from './popup-actions';

/** Shows or hides a catalog layer. */
export function toggleLayer(s: AppState, id: string, on: boolean): AppState {
  if (on === s.layers.visible.has(id)) return s;
  const visible = new Set(s.layers.visible);
  if (on) visible.add(id);
  else visible.delete(id);
  return { ...s, layers: { ...s.layers, visible } };
}

/** Moves a layer one place up (drawn later, on top) or down among the layers of its group. */
export function moveLayer(
  s: AppState,
  catalog: readonly LayerDef[],
  id: string,
  dir: 'up' | 'down',
): AppState {
  const order = moveInOrder(s.layers.order, catalog, id, dir);
  return order === s.layers.order ? s : { ...s, layers: { ...s.layers, order } };
}

/** Sets a layer's opacity, 0–1. */
export function setLayerOpacity(s: AppState, id: string, opacity: number): AppState {
  return { ...s, layers: { ...s.layers, opacity: { ...s.layers.opacity, [id]: opacity } } };
}

/** Shows the plan as it stands at a phase. */
export function setPhase(s: AppState, phase: PhaseView): AppState {
  return { ...s, phase };
}

/** Compares with another phase (or the base map) right of a divider; a popup would be cut in two by it. */
export function setSwipe(s: AppState, swipe: SwipeChoice | null): AppState {
  return closePopups({ ...s, swipe });
}

/** The user picks a base map: an earlier failure's notice goes. */
export function chooseBaseMap(s: AppState, baseMap: BaseMap): AppState {
  return { ...dismissNotice(s, 'basemap'), baseMap };
}

/** The online base map could not load: the embedded one is back, and the user is told. */
export function baseMapFailed(s: AppState): AppState {
  return notify({ ...s, baseMap: 'embedded' }, { id: 'basemap', key: 'basemap.failed' });
}

export function setLang(s: AppState, lang: Lang): AppState {
  return s.lang === lang ? s : { ...s, lang };
}

/** The user picks a language (in the switch or the offer of English): the offer has been answered. */
export function chooseLang(s: AppState, lang: Lang): AppState {
  return s.langOffer ? { ...setLang(s, lang), langOffer: false } : setLang(s, lang);
}

/** The user picks a map style: it is kept (and goes into links) even when it matches the system's. */
export function chooseMapStyle(s: AppState, mapStyle: MapStyle): AppState {
  return s.mapStyle === mapStyle ? s : { ...s, mapStyle };
}

/** The system's contrast preference changed (`prefers-contrast`); a style already chosen stays. */
export function systemContrastChanged(s: AppState, prefersContrast: boolean): AppState {
  return s.prefersContrast === prefersContrast ? s : { ...s, prefersContrast };
}
