import type { Feature, FeatureCollection } from 'geojson';
import { anchorOf } from '../analysis/anchor';
import { userFeatureName } from '../analysis/user-feature-name';
import type { LayerDef } from '../data/catalog-types';
import type { PlanFeature } from '../data/plan-check';
import { panelText } from '../i18n/panel-text';
import { listText } from '../i18n/strings-list';
import type { ImportedLayer } from '../import/imported-store';
import { type LayerData, readFeature } from '../import/layer-data';
import type { Lang, LngLat } from '../types/core';
import type { AppState } from './app-state';
import type { LayerSetup } from './layer-state';
import { drawnImported, drawnLayers, isFeatureShown, type ShownRule } from './selectors';

/**
 * The map as text: every feature it draws, by layer, in the words the popups use. The list view
 * shows it, the next/previous shortcuts walk it, and its live region sums it up.
 */

/** One feature of the list: a plan feature (keyed by its id) or one the user imported (`<layer>/<feature>`). */
export interface ListRow {
  key: string;
  layerId: string;
  user: boolean;
  name: string;
  /** What it is: the popup's kind badge, or for the user's data the layer it came in. */
  kind: string;
  status: string;
  accuracy: string;
}

export interface ListGroup {
  layerId: string;
  title: string;
  user: boolean;
  rows: ListRow[];
  /** How many features of the layer are drawn but not listed (a big imported layer lists its first ones). */
  more?: number;
}

/**
 * The most features of one imported layer the list names. Each row parses its feature's own bytes
 * (a few microseconds), so a layer of 100,000 never holds the page; a list that long would be
 * read by nobody, and the group says how many more the map draws.
 */
export const USER_ROWS_MAX = 1000;

export interface ListInput {
  catalog: readonly LayerDef[];
  data: ReadonlyMap<string, FeatureCollection>;
  layers: Pick<LayerSetup, 'order' | 'visible'>;
  /** The same rule the maps filter by (layer on, phase, the investor filters). */
  rule: ShownRule;
  imported: readonly ImportedLayer[];
  lang: Lang;
}

const collator = (lang: Lang) => new Intl.Collator(lang === 'vi' ? 'vi' : 'en', { sensitivity: 'base' });

function planRow(layerId: string, f: PlanFeature, lang: Lang): ListRow {
  const p = f.properties;
  return {
    key: f.id,
    layerId,
    user: false,
    name: p.name[lang],
    kind: panelText(lang, `kind.${p.kind}`),
    status: panelText(lang, `status.${p.status}`),
    accuracy: panelText(lang, `accuracy.${p.accuracy}`),
  };
}

/**
 * The key of a feature of an imported layer: the map's click id of it, `<layer id>/<n>`, n its
 * place in the layer from 0 (map/user-layers.ts: userFeatureKey; spelled out here so the list
 * needs nothing of the map).
 */
const userKey = (layerId: string, n: number) => `${layerId}/${n}`;

function userRow(layer: ImportedLayer, f: Feature, n: number, lang: Lang): ListRow {
  return {
    key: userKey(layer.id, n),
    layerId: layer.id,
    user: true,
    name: userFeatureName(f),
    kind: listText(lang, 'list.userKind', { name: layer.name }),
    status: listText(lang, 'list.userStatus'),
    accuracy: listText(lang, 'list.userAccuracy'),
  };
}

/**
 * The features the map draws, grouped by layer in the map's order, top first: the user's layers
 * (drawn above the plan), then the plan's; each group sorted by name. Layers that draw nothing
 * now (all filtered out, or not loaded) are left out.
 */
export function featureList(input: ListInput): ListGroup[] {
  const { catalog, data, layers, rule, imported, lang } = input;
  const byName = collator(lang);
  const sorted = (rows: ListRow[]) => rows.sort((a, b) => byName.compare(a.name, b.name));
  const groups: ListGroup[] = [];
  for (const layer of drawnImported(imported)) {
    const rows = userRows(layer, lang);
    const more = layer.data.count - rows.length;
    groups.push({ layerId: layer.id, title: layer.name, user: true, rows, ...(more > 0 ? { more } : {}) });
  }
  for (const def of drawnLayers(catalog, layers)) {
    const fc = def.plan ? data.get(def.id) : undefined;
    if (!fc) continue;
    const rows = fc.features
      .filter((f) => isFeatureShown(rule, def.id, f))
      .map((f) => planRow(def.id, f as PlanFeature, lang));
    groups.push({ layerId: def.id, title: def.title[lang], user: false, rows: sorted(rows) });
  }
  return groups.filter((g) => g.rows.length > 0);
}

/** The rows of every group, in the list's order. */
export const listRows = (groups: readonly ListGroup[]): ListRow[] => groups.flatMap((g) => g.rows);

/** The key of what is selected now, as the list names it: a plan feature, or a feature of the user's. */
export function selectedKey(s: Pick<AppState, 'popup'>): string | null {
  if (s.popup?.kind === 'plan') return s.popup.id;
  return s.popup?.kind === 'user' ? s.popup.key : null;
}

/**
 * The row after (`dir` 1) or before (-1) the one keyed `current`, round the end of the list; from
 * nothing (or a feature no longer listed) the first or the last. Null for an empty list.
 */
export function stepRow(rows: readonly ListRow[], current: string | null, dir: 1 | -1): ListRow | null {
  if (rows.length === 0) return null;
  const i = rows.findIndex((r) => r.key === current);
  if (i < 0) return (dir === 1 ? rows[0] : rows[rows.length - 1]) ?? null;
  return rows[(i + dir + rows.length) % rows.length] ?? null;
}

/** How many layers the map draws now, the base map's and the user's included. */
export function shownLayerCount(
  catalog: readonly LayerDef[],
  layers: Pick<LayerSetup, 'order' | 'visible'>,
  imported: readonly ImportedLayer[],
): number {
  return drawnLayers(catalog, layers).length + drawnImported(imported).length;
}

/**
 * What the live region says: "12 lớp đang hiện, 34 địa điểm; đang chọn: KCN Hữu Lũng" /
 * "12 layers shown, 34 sites; selected: KCN Hữu Lũng".
 */
export function listSummary(
  lang: Lang,
  n: { layers: number; rows: number; selected: string | null },
): string {
  const layers = listText(lang, n.layers === 1 ? 'list.layersOne' : 'list.layers', { n: n.layers });
  const rows = listText(lang, n.rows === 1 ? 'list.rowsOne' : 'list.rows', { n: n.rows });
  const sum = `${layers}, ${rows}`;
  return n.selected ? `${sum}; ${listText(lang, 'list.selected', { name: n.selected })}` : sum;
}

/** Rows already made, per layer's bytes and language: the list is made again on every change. */
const rowCache = new WeakMap<LayerData, { layer: ImportedLayer; lang: Lang; rows: ListRow[] }>();

/** The first USER_ROWS_MAX features of an imported layer as rows, sorted by name. */
function userRows(layer: ImportedLayer, lang: Lang): ListRow[] {
  const cached = rowCache.get(layer.data);
  if (cached && cached.lang === lang && cached.layer.name === layer.name && cached.layer.id === layer.id)
    return cached.rows;
  const rows: ListRow[] = [];
  for (let i = 0; i < Math.min(USER_ROWS_MAX, layer.data.count); i++) {
    const f = readFeature(layer.data, i);
    if (f) rows.push(userRow(layer, f, i, lang));
  }
  rows.sort((a, b) => collator(lang).compare(a.name, b.name));
  rowCache.set(layer.data, { layer, lang, rows });
  return rows;
}

/** The imported feature a list key names, with its layer: read from its own bytes. */
export function findUserFeature(
  imported: readonly ImportedLayer[],
  key: string,
): { layer: ImportedLayer; feature: Feature } | null {
  for (const layer of imported) {
    if (!key.startsWith(`${layer.id}/`)) continue;
    const text = key.slice(layer.id.length + 1);
    const feature = /^\d+$/.test(text) ? readFeature(layer.data, Number(text)) : undefined;
    if (feature) return { layer, feature };
  }
  return null;
}

/** What choosing a row asks of the map: its key, and for the user's own feature the point its popup opens at. */
export interface RowTarget {
  key: string;
  /** Set for a feature of the user's (a plan feature is found by its id). */
  at: LngLat | null;
}

/** The target of a row, by its key. */
export function targetOf(imported: readonly ImportedLayer[], key: string): RowTarget {
  const user = findUserFeature(imported, key);
  return { key, at: user ? anchorOf(user.feature) : null };
}

/** The feature after (1) or before (-1) the one selected, in the list's order (the N and P keys). */
export function stepTarget(input: ListInput, selected: string | null, dir: 1 | -1): RowTarget | null {
  const row = stepRow(listRows(featureList(input)), selected, dir);
  return row ? targetOf(input.imported, row.key) : null;
}
