import type { LayerDef } from '../data/catalog-types';
import type { Text } from '../data/plan-schema';
import type { StringKey } from '../i18n/strings';
import type { ImportReport } from '../import/import-report';
import type { ImportedLayer, StoreFailure } from '../import/imported-store';
import type {
  BaseMap,
  Camera,
  Lang,
  LngLat,
  MapStyle,
  MeasureMode,
  PhaseView,
  SwipeChoice,
} from '../types/core';
import type { ArchiveLayer, ArchivePick } from './archive-actions';
import type { Importing } from './import-actions';
import { type InvestorState, investorFromView } from './investor';
import { type LayerSetup, layersFromLink } from './layer-state';
import type { ParseResult, ViewState } from './url';

/** A place (commune, town) chosen in the search box: shown with a small popup. */
export interface PlaceChoice {
  id: string;
  label: string;
  kindLabel: string;
  at: LngLat;
}

/**
 * The map's one popup, and what is picked: a plan feature (from a map click, at the clicked point;
 * or from a list, the search or a link, `fly`: flown to), several plan features under one click
 * waiting for the user to pick one (`choice`), a searched place, a feature of the user's own data
 * (`key` is `<layer>/<feature>`, see userFeatureKey) or of an archive. One value, so choosing one
 * thing replaces whatever was open, and no reader has to rank several fields.
 */
export type Popup =
  | { kind: 'plan'; id: string; at?: LngLat; fly: boolean }
  | { kind: 'choice'; ids: string[]; at: LngLat }
  | ({ kind: 'place' } & PlaceChoice)
  | { kind: 'user'; key: string; at: LngLat }
  | ({ kind: 'archive' } & ArchivePick);

/** The selected plan feature (the link's `sel=`, the list's row, the details' D key): the plan popup's. */
export function selectedId(s: Pick<AppState, 'popup'>): string | null {
  return s.popup?.kind === 'plan' ? s.popup.id : null;
}

/**
 * The panel open beside (detail, overview, land report), over (comparison) or instead of (sheet)
 * the map. The land report holds its parcel as its link text (`ref`, see state/report-ref.ts, which
 * loads with the report): what the link carries is what the panel shows; `pick` is the archive
 * feature it was asked from (never in a link).
 */
export type Panel =
  | { kind: 'detail' | 'sheet'; id: string }
  | { kind: 'report'; ref: string; pick?: ArchivePick }
  | { kind: 'overview' }
  | { kind: 'credits' }
  | { kind: 'compare' }
  | null;

export interface MeasureState {
  mode: MeasureMode;
  points: LngLat[];
  /** Finished: the result stays; the next click starts a new measure. */
  done: boolean;
}

/** A message about something that went wrong (or can be undone), announced politely. */
export interface Notice {
  id: string;
  key: StringKey;
  params?: Record<string, string | number | Text>;
  /** Already written in both languages (e.g. a storage failure); shown instead of `key`. */
  text?: Text;
  /** A button that acts on it (undo a removal); the notice closes when it is used. */
  action?: { label: StringKey; run: () => void };
  /** Closes by itself after this long (an offer to undo does not wait for ever). */
  timeoutMs?: number;
}

/**
 * An imported layer this browser did not keep: why, and whether an older version of it is stored
 * (then only its latest changes are lost when the page closes).
 */
export interface Unsaved {
  reason: StoreFailure['reason'];
  olderStored: boolean;
}

/**
 * Why the map cannot be drawn: the browser gives no WebGL2 (`no-webgl`; `detail` is the browser's
 * own reason when it gave one), or the map failed to start for another reason (`error`).
 */
export interface MapFailure {
  reason: 'no-webgl' | 'error';
  detail: string | null;
}

/** A camera move asked of the map (a link opened, a place chosen); `seq` tells repeated requests apart. */
export interface CameraRequest {
  camera: Camera | null;
  seq: number;
}

/** The whole view: everything on screen that is not data, in one value. */
export interface AppState {
  /** Where the map looks, as it last reported (null: the province framed, nothing moved yet). */
  camera: Camera | null;
  cameraRequest: CameraRequest | null;
  layers: LayerSetup;
  /** The map's one popup: what is picked (see Popup). */
  popup: Popup | null;
  panel: Panel;
  /** The layer panel is unfolded. */
  sidePanelOpen: boolean;
  /** Opening the site table folded the layer panel: closing it unfolds the panel again. */
  sidePanelFoldedBySites: boolean;
  shareOpen: boolean;
  /** The list view (the map as text) is open beside the map. */
  listOpen: boolean;
  /** The imported layer whose attribute table is open, if any (not in a link: it is the user's data). */
  attributeTable: string | null;
  /** The keyboard shortcuts' help dialog is open. */
  keysOpen: boolean;
  investor: InvestorState;
  phase: PhaseView;
  swipe: SwipeChoice | null;
  baseMap: BaseMap;
  lang: Lang;
  /** English is offered beside the Vietnamese the page opened in (the browser prefers another language). */
  langOffer: boolean;
  /** The map style chosen by the user or a link; null: none chosen, `prefersContrast` decides. */
  mapStyle: MapStyle | null;
  /** The system asks for more contrast (`prefers-contrast: more`). Never in a link. */
  prefersContrast: boolean;
  measure: MeasureState | null;
  notices: Notice[];
  /** Every id a link named that this version does not know, from the first link on. */
  unknownIds: string[];
  /** The user's imported layers, bottom to top. */
  imported: ImportedLayer[];
  /** Imported layers (by id) that this browser could not store: they last only for this session. */
  unsaved: Record<string, Unsaved>;
  /** Why storage failed, for each cause the user has been told about: each is told once a session. */
  storageTold: StoreFailure['reason'][];
  /** The map could not be drawn (no WebGL): the page offers what works without it. Never in a link. */
  mapFailure: MapFailure | null;
  /** The user's PMTiles archives, bottom to top (archive-actions.ts). Never in a link. */
  archives: ArchiveLayer[];
  /** The map drew its first view (or there is none): stored layers, archives and the service worker may start. */
  firstIdle: boolean;
  /** The import under way, for its status bar (import-actions.ts); null when none is. */
  importing: Importing | null;
  /** The outcomes of the last imports, newest first, until closed. */
  importReports: ImportReport[];
  /** The sketches as the link's `sk=` carries them (sketch-link.ts); null: none, or too many for a link. */
  sketchLink: string | null;
  /** The drawing tools are open: the sketches are drawn by them, not as a layer (absent: closed). */
  sketching?: boolean;
}

/** The panel a link names, when what it needs is there (detail and sheet need a selected feature). */
export function panelFromView(view: Pick<ViewState, 'panel' | 'selected' | 'report'>): Panel {
  const { panel, selected } = view;
  if (view.report) return { kind: 'report', ref: view.report };
  if ((panel === 'detail' || panel === 'sheet') && selected) return { kind: panel, id: selected };
  if (panel === 'overview' || panel === 'credits' || panel === 'compare') return { kind: panel };
  return null;
}

export const unknownNotice = (ids: readonly string[]): Notice => ({
  id: 'link-unknown',
  key: 'notice.unknownIds',
  params: { ids: ids.join(', ') },
});

export const ignoredNotice = (params: readonly string[]): Notice => ({
  id: 'link-ignored',
  key: 'notice.ignoredParams',
  params: { params: params.join(', ') },
});

/**
 * The state a page opens with: what its link says, with a notice for what the link held that
 * could not be used. `cramped`: the screen is too narrow for the layer panel beside the site table;
 * `prefersContrast`: the system asks for more contrast (the map starts high contrast unless the link
 * names a style).
 */
export function initialState(
  link: ParseResult,
  catalog: readonly LayerDef[],
  cramped: boolean,
  prefersContrast = false,
): AppState {
  const v = link.state;
  return {
    camera: v.camera,
    cameraRequest: null,
    layers: layersFromLink(v.layers, catalog),
    popup: v.selected ? { kind: 'plan', id: v.selected, fly: v.camera === null } : null,
    panel: panelFromView(v),
    sidePanelOpen: !(v.sites && cramped),
    sidePanelFoldedBySites: false,
    shareOpen: false,
    listOpen: false,
    attributeTable: null,
    keysOpen: false,
    investor: investorFromView(v),
    phase: v.phase,
    swipe: v.swipe,
    baseMap: v.baseMap,
    lang: v.lang,
    langOffer: false,
    mapStyle: v.mapStyle,
    prefersContrast,
    measure: null,
    notices: [
      ...(link.unknown.length > 0 ? [unknownNotice(link.unknown)] : []),
      ...(link.ignored.length > 0 ? [ignoredNotice(link.ignored)] : []),
    ],
    unknownIds: [...link.unknown],
    imported: [],
    unsaved: {},
    storageTold: [],
    mapFailure: null,
    archives: [],
    firstIdle: false,
    importing: null,
    importReports: [],
    sketchLink: v.sketches,
  };
}
