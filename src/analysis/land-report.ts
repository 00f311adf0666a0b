import bbox from '@turf/bbox';
import Flatbush from 'flatbush';
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import { intersection } from 'polyclip-ts';
import { ACCURACIES, type Accuracy, type Text } from '../data/plan-schema';
import { polygonsArea } from './ellipsoid-area';
import { fold } from './fold';
import { landUseCodeOf, landUseEntry, MIN_KNOWN_SHARE } from './land-use-codes';
import { measureParcel, type ParcelGeometry, type ParcelMeasure } from './parcel-measure';
import { DEFAULT_WITHIN_M, phraseOf, type Relation } from './report-phrase';
import { makePlane, planeDistance, toPlane } from './report-plane';

/** A feature as the report reads it: any layer's, with its own properties. */
export interface ReportFeature {
  id: string;
  geometry: Geometry | null;
  properties: Record<string, unknown>;
}

/** A layer the report asks: the plan's, an imported one, an archive's features. */
export interface ReportLayer {
  id: string;
  title: Text;
  /** Who the layer's data is from, said beside every answer that has no `sources` of its own. */
  credit: Text;
  kind: 'plan' | 'user' | 'archive';
  features: ReportFeature[];
}

export interface ReportHit {
  featureId: string;
  relation: Relation;
  /** Share of the parcel's area inside this polygon (0–1); null for a point or a line. */
  share: number | null;
  /** Metres between the parcel and the feature; 0 when they meet. */
  distanceM: number;
  properties: Record<string, unknown>;
  sources: string[];
  /** null: the layer does not say (a user's file without an `accuracy`). */
  accuracy: Accuracy | null;
  provisional: boolean;
  /** Drawn on an inference no source states (plan `inferred`): as rough as a schematic mark. */
  inferred: boolean;
}

export interface LayerAnswer {
  layerId: string;
  title: Text;
  credit: Text;
  kind: ReportLayer['kind'];
  hits: ReportHit[];
  /** Features within reach not listed (only the nearest MAX_NEAR are). */
  moreNear: number;
  /** The attribute a land-use layer codes its polygons by ("ONT", "LUC"), when it has one. */
  codeKey: string | null;
  /** The parcel's area by that code, largest first (only from shares that can be shown). */
  shares: { code: string; share: number }[];
}

export interface LandReport {
  measure: ParcelMeasure;
  withinM: number;
  layers: LayerAnswer[];
}

/** Features merely near the parcel listed per layer: the nearest ones. */
export const MAX_NEAR = 12;

const CODE_KEYS =
  /^(ma|code|ma loai dat|loai dat|mdsd|ma mdsd|ky hieu|kyhieu|kh|landuse|land use|luc|class|ma dat)$/;

/**
 * The attribute whose short values code the layer's polygons (land-use codes), if any: one of the
 * usual names, or the one whose values are mostly codes of the national list (KHLOAIDAT, MDSD…).
 */
export function codeKeyOf(features: readonly ReportFeature[]): string | null {
  const polygons = features.filter(
    (f) => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon',
  );
  const first = polygons[0];
  if (!first) return null;
  const named = Object.keys(first.properties).find((k) => CODE_KEYS.test(fold(k).replace(/_/g, ' ')));
  if (named) return named;
  const known = new Map<string, number>();
  for (const f of polygons)
    for (const [k, v] of Object.entries(f.properties)) {
      const code = landUseCodeOf(v);
      if (typeof v === 'string' && code && landUseEntry(code)) known.set(k, (known.get(k) ?? 0) + 1);
    }
  const [best] = [...known].sort((a, b) => b[1] - a[1]);
  return best && best[1] >= MIN_KNOWN_SHARE * polygons.length ? best[0] : null;
}

const asAccuracy = (v: unknown): Accuracy | null =>
  typeof v === 'string' && (ACCURACIES as readonly string[]).includes(v) ? (v as Accuracy) : null;
const asSources = (v: unknown): string[] =>
  Array.isArray(v)
    ? v.filter((x): x is string => typeof x === 'string')
    : typeof v === 'string' && v
      ? [v]
      : [];

export interface ReportOptions {
  /** How far around the parcel to look, metres. */
  withinM?: number;
  /** The feature the parcel is (a report on an imported feature does not report it lies in itself). */
  skip?: { layerId: string; featureId: string };
}

/** A layer made ready to be asked many times: its features' boxes in a spatial index. */
export interface PreparedLayer {
  layer: ReportLayer;
  index: Flatbush | null;
  /** Feature i's position in `layer.features`, for the index's items. */
  items: number[];
  codeKey: string | null;
}

export function prepareLayer(layer: ReportLayer): PreparedLayer {
  const items: number[] = [];
  const boxes: number[][] = [];
  layer.features.forEach((f, i) => {
    if (!f.geometry) return;
    const b = bbox(f.geometry);
    if (!b.every(Number.isFinite)) return;
    items.push(i);
    boxes.push(b);
  });
  const index = items.length > 0 ? new Flatbush(items.length) : null;
  if (index) {
    for (const [w = 0, s = 0, e = 0, n = 0] of boxes) index.add(w, s, e, n);
    index.finish();
  }
  return { layer, index, items, codeKey: codeKeyOf(layer.features) };
}

const isArea = (g: Geometry): g is Polygon | MultiPolygon =>
  g.type === 'Polygon' || g.type === 'MultiPolygon';
const RANK: Record<Relation, number> = { in: 0, overlaps: 1, contains: 2, crosses: 3, touches: 4, near: 5 };
/** Below this share of the parcel, an overlap is a shared edge drawn twice, not land. */
const SLIVER = 1e-6;

/**
 * What the plan and the user's layers say about a parcel or a point: every feature it lies in,
 * overlaps (with the share of its area), touches or comes within `withinM` metres of, layer by
 * layer, with each feature's own sources and accuracy. Example: a square half over polygon A and
 * a quarter over polygon B reads A 50 %, B 25 %.
 */
export function landReport(
  parcel: ParcelGeometry,
  layers: readonly PreparedLayer[],
  { withinM = DEFAULT_WITHIN_M, skip }: ReportOptions = {},
): LandReport {
  const measure = measureParcel(parcel);
  const [w = 0, s = 0, e = 0, n = 0] = bbox(parcel);
  const plane = makePlane([(w + e) / 2, (s + n) / 2]);
  const parts = toPlane(parcel, plane);
  const dLat = withinM / 111_000;
  const dLng = dLat / Math.cos((((s + n) / 2) * Math.PI) / 180);
  const parcelFeature: Feature<ParcelGeometry> = { type: 'Feature', properties: {}, geometry: parcel };
  const answers: LayerAnswer[] = [];
  for (const p of layers) {
    if (!p.index) continue;
    const hits: ReportHit[] = [];
    for (const k of p.index.search(w - dLng, s - dLat, e + dLng, n + dLat)) {
      const f = p.layer.features[p.items[k] ?? -1];
      if (!f?.geometry || (skip?.layerId === p.layer.id && skip.featureId === f.id)) continue;
      const hit = relate(parcelFeature, measure.areaM2, parts, f, plane, withinM);
      if (hit) hits.push(hit);
    }
    if (hits.length === 0) continue;
    hits.sort(
      (a, b) =>
        RANK[a.relation] - RANK[b.relation] || (b.share ?? 0) - (a.share ?? 0) || a.distanceM - b.distanceM,
    );
    const meeting = hits.filter((h) => h.relation !== 'near');
    const near = hits.filter((h) => h.relation === 'near');
    answers.push({
      layerId: p.layer.id,
      title: p.layer.title,
      credit: p.layer.credit,
      kind: p.layer.kind,
      hits: [...meeting, ...near.slice(0, MAX_NEAR)],
      moreNear: Math.max(0, near.length - MAX_NEAR),
      codeKey: p.codeKey,
      shares: p.codeKey ? sharesBy(hits, p.codeKey) : [],
    });
  }
  return { measure, withinM, layers: answers };
}

function relate(
  parcel: Feature<ParcelGeometry>,
  parcelArea: number,
  parts: ReturnType<typeof toPlane>,
  f: ReportFeature,
  plane: ReturnType<typeof makePlane>,
  withinM: number,
): ReportHit | null {
  const g = f.geometry as Geometry;
  const distanceM = planeDistance(parts, toPlane(g, plane));
  if (distanceM > withinM) return null;
  let relation: Relation = 'near';
  let share: number | null = null;
  if (distanceM === 0) {
    const pg = parcel.geometry;
    if (pg.type === 'Point') relation = isArea(g) ? 'in' : 'touches';
    else if (isArea(g)) {
      // polyclip-ts (what @turf/intersect wraps) directly: turf's wrapper would pull its
      // feature helpers into the first load, which shares @turf/helpers with this chunk.
      const shared = intersection(
        (pg as Polygon | MultiPolygon).coordinates as never,
        g.coordinates as never,
      );
      const fraction =
        shared.length > 0 && parcelArea > 0 ? Math.min(1, polygonsArea(shared) / parcelArea) : 0;
      if (fraction > SLIVER) {
        share = fraction;
        relation = fraction > 1 - 1e-4 ? 'in' : 'overlaps';
      } else relation = 'touches';
    } else if (g.type === 'Point' || g.type === 'MultiPoint') relation = 'contains';
    else relation = 'crosses';
  }
  const props = f.properties;
  return {
    featureId: f.id,
    relation,
    share,
    distanceM,
    properties: props,
    sources: asSources(props.sources),
    accuracy: asAccuracy(props.accuracy),
    provisional: props.provisional === true,
    inferred: props.inferred === true,
  };
}

function sharesBy(hits: readonly ReportHit[], key: string): { code: string; share: number }[] {
  const by = new Map<string, number>();
  for (const h of hits) {
    if (h.share === null || !phraseOf(h).showShare) continue;
    const v = h.properties[key];
    const code = v === null || v === undefined || v === '' ? '?' : String(v);
    by.set(code, (by.get(code) ?? 0) + h.share);
  }
  return [...by].map(([code, share]) => ({ code, share })).sort((a, b) => b.share - a.share);
}
