/**
 * The share-link codec: app view state ⇄ URL hash. Pure (no DOM, no MapLibre), so it is tested on
 * its own. Format (version 1), keys joined with `&` after `#`:
 *
 *   map=zoom/lat/lng[/bearing[/pitch]]   camera, as OpenStreetMap and MapLibre write it
 *   layers=id,id~50,…                    visible layers bottom to top; `~N` = opacity in percent
 *   sel=feature-id                       selected plan feature
 *   panel=detail|overview|credits|sheet|compare  open panel (detail and sheet need `sel`, compare 2+ `cmp`)
 *   sites=1                              the investor tools (site table) are open
 *   f=key:a+b;key2:c                     active filters (URL-safe tokens only)
 *   rank=gate-3,area-2                   ranking on, with these weights (criterion-weight)
 *   sort=area|-area                      the site table's sort column (- = descending)
 *   cmp=id,id                            sites side by side (2–4 plan feature ids)
 *   phase=existing|2030                  the plan seen at a phase (absent: the 2050 vision, all of it)
 *   swipe=existing|2030|2050|base        a second phase (or the base map alone) right of a divider
 *   base=embedded|osm                    base map
 *   lang=vi|en                           interface language
 *   style=contrast|normal                map style (absent: high contrast when the system asks for more contrast)
 *   report=p.<lng>,<lat>|u.<layer>.<n>|g.<rings>  the land report open, on a point, an imported feature, a shape
 *   sk=<base64url>                       the user's sketches, compressed (sketch-link.ts), when the link stays short enough
 *   v=1                                  format version
 *
 * Parsing never throws: unknown keys are ignored, bad values fall back to defaults, and ids that
 * are not known (after aliases) are dropped and reported in `unknown`.
 */

import type { Camera, MapStyle } from '../types/core';

export const URL_VERSION = 1;

export interface LayerState {
  id: string;
  /** 0–1, in steps of 0.01. */
  opacity: number;
}

export interface ViewState {
  /** null: the default view that fits the province. */
  camera: Camera | null;
  /** null: the catalog's default layers. Otherwise the visible layers, bottom to top. */
  layers: LayerState[] | null;
  selected: string | null;
  panel: 'detail' | 'overview' | 'credits' | 'sheet' | 'compare' | null;
  /** The investor tools (filters, site table, ranking) are open. */
  sites: boolean;
  filters: Record<string, string[]>;
  /** Ranking weights as `criterion-weight` tokens; null when ranking is off. */
  rank: string[] | null;
  /** Site table sort: a column id, `-` in front for descending; null for the default. */
  sort: string | null;
  /** Plan feature ids compared side by side (at most MAX_COMPARE). */
  compare: string[];
  /** The plan as it stands now, by 2030, or in the 2050 vision. */
  phase: 'existing' | '2030' | '2050';
  /** What the right of the swipe divider shows; null: no swipe. */
  swipe: 'existing' | '2030' | '2050' | 'base' | null;
  baseMap: 'embedded' | 'osm';
  lang: 'vi' | 'en';
  /** The map style the link asks for; null: the link says nothing (the system's contrast preference decides). */
  mapStyle: MapStyle | null;
  /** The land report's parcel (state/report-ref.ts reads it, with the report); null: none open. */
  report: string | null;
  /** The sketches' `sk=` value as it is: checked and decoded by lazily loaded code; null: none. */
  sketches: string | null;
}

export const DEFAULT_STATE: ViewState = {
  camera: null,
  layers: null,
  selected: null,
  panel: null,
  sites: false,
  filters: {},
  rank: null,
  sort: null,
  compare: [],
  phase: '2050',
  swipe: null,
  baseMap: 'embedded',
  lang: 'vi',
  mapStyle: null,
  report: null,
  sketches: null,
};

/** What the parser must know: which ids exist, and which old ids now have other names. */
export interface UrlContext {
  layerIds: ReadonlySet<string>;
  /** Known feature ids; when absent (data not loaded yet), any well-formed id is accepted. */
  featureIds?: ReadonlySet<string>;
  layerAliases?: Readonly<Record<string, string>>;
  featureAliases?: Readonly<Record<string, string>>;
  /** Filter keys the app understands. */
  filterKeys?: ReadonlySet<string>;
}

export interface ParseResult {
  state: ViewState;
  /** Ids in the link that this version does not know (shown to the user in a notice). */
  unknown: string[];
  /** Parameters whose value could not be read, in whole or in part (also shown in a notice). */
  ignored: string[];
}

const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/;
const MAX_LAYERS = 64;
const MAX_FILTER_VALUES = 32;
/** At most this many sites are compared side by side. */
export const MAX_COMPARE = 4;
const RANK_TOKEN = /^[a-z_]{1,32}-\d$/;
const SORT_TOKEN = /^-?[a-z_]{1,32}$/;
/** The report's parcel, by its form only (report-ref.ts reads it; what it cannot read, it says). */
const REPORT = /^[pug]\.[\w.,~!-]{3,1900}$/;

/** Decimals for lat/lng at a zoom, as MapLibre's hash does: about one pixel of precision. */
export function precisionAt(zoom: number): number {
  return Math.max(0, Math.ceil((zoom * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10));
}

const round = (n: number, decimals: number) => {
  const f = 10 ** decimals;
  return Math.round(n * f) / f;
};
/** Number formatting without exponent notation or trailing zeros. */
const num = (n: number, decimals: number) => {
  const s = round(n, decimals).toFixed(decimals);
  const trimmed = s.includes('.') ? s.replace(/\.?0+$/, '') : s;
  return trimmed === '-0' ? '0' : trimmed;
};

export function serialize(state: ViewState): string {
  const parts: string[] = [];
  if (state.camera) {
    const { zoom, lat, lng, bearing, pitch } = state.camera;
    const p = precisionAt(zoom);
    let cam = `${num(zoom, 2)}/${num(lat, p)}/${num(lng, p)}`;
    if (bearing !== 0 || pitch !== 0) cam += `/${num(bearing, 1)}`;
    if (pitch !== 0) cam += `/${num(pitch, 0)}`;
    parts.push(`map=${cam}`);
  }
  if (state.layers) {
    const list = state.layers.map((l) => (l.opacity >= 1 ? l.id : `${l.id}~${Math.round(l.opacity * 100)}`));
    parts.push(`layers=${list.join(',')}`);
  }
  if (state.selected) parts.push(`sel=${state.selected}`);
  if (state.panel) parts.push(`panel=${state.panel}`);
  if (state.sites) parts.push('sites=1');
  const filters = Object.entries(state.filters)
    .filter(([, values]) => values.length > 0)
    .map(([k, values]) => `${k}:${values.join('+')}`);
  if (filters.length > 0) parts.push(`f=${filters.join(';')}`);
  if (state.rank) parts.push(`rank=${state.rank.join(',')}`);
  if (state.sort) parts.push(`sort=${state.sort}`);
  if (state.compare.length > 0) parts.push(`cmp=${state.compare.join(',')}`);
  if (state.phase !== '2050') parts.push(`phase=${state.phase}`);
  if (state.swipe) parts.push(`swipe=${state.swipe}`);
  if (state.baseMap !== 'embedded') parts.push(`base=${state.baseMap}`);
  if (state.lang !== 'vi') parts.push(`lang=${state.lang}`);
  if (state.mapStyle) parts.push(`style=${state.mapStyle}`);
  if (state.report) parts.push(`report=${state.report}`);
  if (state.sketches) parts.push(`sk=${state.sketches}`);
  parts.push(`v=${URL_VERSION}`);
  return `#${parts.join('&')}`;
}

function parseNumber(s: string | undefined): number | undefined {
  if (s === undefined || !/^-?\d+(\.\d+)?$/.test(s)) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

function parseCamera(value: string): Camera | null {
  const [z, la, ln, b, p] = value.split('/');
  const zoom = parseNumber(z);
  const lat = parseNumber(la);
  const lng = parseNumber(ln);
  if (zoom === undefined || lat === undefined || lng === undefined) return null;
  if (zoom < 0 || zoom > 24 || lat < -85.06 || lat > 85.06 || lng < -180 || lng > 180) return null;
  const bearing = parseNumber(b) ?? 0;
  const pitch = parseNumber(p) ?? 0;
  return {
    zoom,
    lat,
    lng,
    bearing: bearing >= -180 && bearing <= 360 ? bearing : 0,
    pitch: pitch >= 0 && pitch <= 85 ? pitch : 0,
  };
}

function resolveId(
  raw: string,
  known: ReadonlySet<string> | undefined,
  aliases: Readonly<Record<string, string>> | undefined,
): string | undefined {
  if (!SAFE_ID.test(raw)) return undefined;
  const alias = aliases && Object.hasOwn(aliases, raw) ? aliases[raw] : undefined;
  if (!known) return alias ?? raw;
  if (known.has(raw)) return raw;
  return alias !== undefined && known.has(alias) ? alias : undefined;
}

/** Splits a hash (with or without `#`) into its key=value pairs; the first of a repeated key wins. */
function pairs(hash: string): Map<string, string> {
  const out = new Map<string, string>();
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  for (const part of body.split('&')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const key = part.slice(0, eq);
    let value = part.slice(eq + 1);
    try {
      value = decodeURIComponent(value);
    } catch {
      continue;
    }
    if (!out.has(key)) out.set(key, value);
  }
  return out;
}

export function parse(hash: string, ctx: UrlContext): ParseResult {
  const unknown: string[] = [];
  const state: ViewState = { ...DEFAULT_STATE, filters: {}, compare: [] };
  const kv = pairs(typeof hash === 'string' ? hash.slice(0, 8192) : '');
  const ignored: string[] = [];
  const note = (raw: string) => {
    if (SAFE_ID.test(raw) && !unknown.includes(raw)) unknown.push(raw);
  };
  const ignore = (key: string) => {
    if (!ignored.includes(key)) ignored.push(key);
  };

  const map = kv.get('map');
  if (map !== undefined) {
    state.camera = parseCamera(map);
    if (!state.camera) ignore('map');
  }

  const layers = kv.get('layers');
  if (layers !== undefined) {
    const list: LayerState[] = [];
    for (const item of layers.split(',').slice(0, MAX_LAYERS)) {
      if (item === '') continue;
      const [rawId = '', rawOpacity] = item.split('~');
      const id = resolveId(rawId, ctx.layerIds, ctx.layerAliases);
      if (!id) {
        note(rawId);
        continue;
      }
      if (list.some((l) => l.id === id)) continue;
      const pct = parseNumber(rawOpacity);
      const opacity = pct !== undefined && pct >= 0 && pct <= 100 ? Math.round(pct) / 100 : 1;
      list.push({ id, opacity });
    }
    state.layers = list;
  }

  const sel = kv.get('sel');
  if (sel !== undefined) {
    const id = resolveId(sel, ctx.featureIds, ctx.featureAliases);
    if (id) state.selected = id;
    else note(sel);
  }

  state.sites = kv.get('sites') === '1';

  const f = kv.get('f');
  if (f !== undefined) {
    for (const group of f.split(';')) {
      const [key = '', values = ''] = group.split(':');
      if (!SAFE_ID.test(key) || (ctx.filterKeys && !ctx.filterKeys.has(key))) {
        if (group !== '') ignore('f');
        continue;
      }
      const given = values.split('+');
      const tokens = given.filter((v) => /^[A-Za-z0-9_.-]{1,64}$/.test(v)).slice(0, MAX_FILTER_VALUES);
      if (tokens.length < given.length) ignore('f');
      if (tokens.length > 0 && !Object.hasOwn(state.filters, key)) state.filters[key] = [...new Set(tokens)];
    }
  }

  const rank = kv.get('rank');
  if (rank !== undefined) {
    // Ranking on with every weight at 0 is written `rank=`: no token, nothing to ignore.
    const given = rank === '' ? [] : rank.split(',');
    const tokens = given.filter((t) => RANK_TOKEN.test(t));
    if (tokens.length < given.length) ignore('rank');
    state.rank = [...new Set(tokens)].slice(0, 16);
  }
  const sort = kv.get('sort');
  if (sort !== undefined && SORT_TOKEN.test(sort)) state.sort = sort;
  else if (sort !== undefined) ignore('sort');
  const cmp = kv.get('cmp');
  if (cmp !== undefined) {
    for (const raw of cmp.split(',')) {
      if (raw === '') continue;
      const id = resolveId(raw, ctx.featureIds, ctx.featureAliases);
      if (!id) note(raw);
      else if (!state.compare.includes(id) && state.compare.length < MAX_COMPARE) state.compare.push(id);
    }
  }

  const panel = kv.get('panel');
  if (
    panel === 'overview' ||
    panel === 'credits' ||
    ((panel === 'detail' || panel === 'sheet') && state.selected)
  )
    state.panel = panel;
  if (panel === 'compare' && state.compare.length >= 2) state.panel = panel;
  // A panel for a feature already named as unknown is not a second problem.
  const panelOfUnknown = (panel === 'detail' || panel === 'sheet') && sel !== undefined && !state.selected;
  if (panel !== undefined && state.panel === null && !panelOfUnknown) ignore('panel');

  const phase = kv.get('phase');
  if (phase === 'existing' || phase === '2030' || phase === '2050') state.phase = phase;
  else if (phase !== undefined) ignore('phase');
  const swipe = kv.get('swipe');
  if (swipe === 'existing' || swipe === '2030' || swipe === '2050' || swipe === 'base') state.swipe = swipe;
  else if (swipe !== undefined) ignore('swipe');

  const base = kv.get('base');
  if (base === 'osm' || base === 'embedded') state.baseMap = base;
  else if (base !== undefined) ignore('base');
  const lang = kv.get('lang');
  if (lang === 'vi' || lang === 'en') state.lang = lang;
  else if (lang !== undefined) ignore('lang');
  const style = kv.get('style');
  if (style === 'contrast' || style === 'normal') state.mapStyle = style;
  else if (style !== undefined) ignore('style');
  const report = kv.get('report');
  if (report !== undefined && REPORT.test(report)) state.report = report;
  else if (report !== undefined) ignore('report');
  // Read by the lazily loaded sketch code (sketch-link.ts), which names a damaged value in a notice.
  state.sketches = kv.get('sk') || null;

  return { state, unknown, ignored };
}
