import area from '@turf/area';
import length from '@turf/length';
import pointOnFeature from '@turf/point-on-feature';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import Papa from 'papaparse';

/** A layer as exported: what it is called, whose data it is, and the features the map shows. */
export interface ExportLayer {
  id: string;
  title: string;
  /** The credit and licence its data must carry wherever it goes. */
  attribution: string;
  features: readonly Feature[];
}

/** How KML and simplestyle files describe their look: not data, left out of exports. */
const STYLE_KEYS = new Set([
  'styleUrl',
  'styleHash',
  'styleMapHash',
  'stroke',
  'stroke-opacity',
  'stroke-width',
  'fill',
  'fill-opacity',
  'marker-color',
  'marker-size',
  'marker-symbol',
  'icon',
  'icon-scale',
  'icon-color',
  'icon-opacity',
  'label-scale',
  'label-color',
  'label-opacity',
]);

const isText = (v: unknown): v is { vi: string; en: string } =>
  typeof v === 'object' && v !== null && typeof (v as { vi?: unknown }).vi === 'string';

/**
 * A feature's properties made flat for other tools: bilingual texts become `<key>_vi`/`<key>_en`,
 * lists and objects become JSON text, plus the layer it came from and that layer's credit.
 */
function flatProps(f: Feature, layer: ExportLayer): Record<string, string | number | boolean | null> {
  const out: Record<string, string | number | boolean | null> = {
    layer: layer.id,
    layer_title: layer.title,
    id: f.id === undefined ? null : String(f.id),
  };
  for (const [k, v] of Object.entries(f.properties ?? {})) {
    if (k === 'id' || k === 'layer' || k === 'layer_title' || k === 'attribution' || STYLE_KEYS.has(k))
      continue;
    if (isText(v)) {
      out[`${k}_vi`] = v.vi;
      out[`${k}_en`] = (v as { en: string }).en;
    } else if (k === 'sources' && Array.isArray(v)) out.sources = v.join(' ; ');
    else if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
      out[k] = v;
    else if (v !== undefined) out[k] = JSON.stringify(v);
  }
  out.attribution = layer.attribution;
  return out;
}

/**
 * The layers as one GeoJSON FeatureCollection: every feature with its full geometry and its layer,
 * and the credits of all layers in an `attribution` member (the licences require them).
 */
export function toGeoJson(layers: readonly ExportLayer[]): FeatureCollection & { attribution: string[] } {
  return {
    type: 'FeatureCollection',
    attribution: [...new Set(layers.map((l) => l.attribution))],
    features: layers.flatMap((layer) =>
      layer.features.map(
        (f): Feature<Geometry> => ({
          type: 'Feature',
          ...(f.id === undefined ? {} : { id: f.id }),
          properties: flatProps(f, layer),
          geometry: f.geometry,
        }),
      ),
    ),
  };
}

/** How a CSV is written: comma and decimal point, or — as Vietnamese Excel expects — `;` and `,`. */
export interface CsvStyle {
  delimiter: ',' | ';';
  decimalComma: boolean;
}

export const CSV_STYLES: Record<'vi' | 'en', CsvStyle> = {
  vi: { delimiter: ';', decimalComma: true },
  en: { delimiter: ',', decimalComma: false },
};

const round = (n: number, d: number) => Math.round(n * 10 ** d) / 10 ** d;

/** Columns the CSV computes for every row. */
const COMPUTED = new Set(['geometry_type', 'lon', 'lat', 'point_kind', 'area_ha', 'length_km']);

/**
 * A file's own column named like a computed one (an imported table's `lon`, say) is kept under
 * `<name>_in_file` rather than overwritten: after a swap or a conversion the two differ.
 */
function keepClear<T>(props: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [k, v] of Object.entries(props)) out[COMPUTED.has(k) ? `${k}_in_file` : k] = v;
  return out;
}

/**
 * The layers as CSV, one row per feature: its properties, its geometry type, one point — the
 * point itself, or a point on the line or inside the area (`point_kind` says which) — and its area
 * (ha) or length (km). Full shapes are in the GeoJSON export; spreadsheets cut cells of a large
 * area's outline.
 */
export function toCsv(layers: readonly ExportLayer[], style: CsvStyle = CSV_STYLES.en): string {
  const rows = layers.flatMap((layer) =>
    layer.features
      .filter((f) => f.geometry)
      .map((f) => {
        const type = f.geometry.type;
        const isPoint = type === 'Point';
        const [lon, lat] = isPoint
          ? (f.geometry as { coordinates: number[] }).coordinates
          : pointOnFeature(f).geometry.coordinates;
        const isArea = type === 'Polygon' || type === 'MultiPolygon';
        const isLine = type === 'LineString' || type === 'MultiLineString';
        return {
          ...keepClear(flatProps(f, layer)),
          geometry_type: type,
          // 7 decimals is 1 cm: more digits are float noise from a conversion, not precision.
          lon: lon === undefined ? null : round(lon, 7),
          lat: lat === undefined ? null : round(lat, 7),
          point_kind: isPoint ? 'point' : 'representative',
          area_ha: isArea ? round(area(f) / 10_000, 2) : null,
          length_km: isLine ? round(length(f, { units: 'kilometers' }), 3) : null,
        };
      }),
  );
  const fields = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  // Credits last, where a reader looks for them; the rest in the order first met.
  const ordered = [...fields.filter((f) => f !== 'attribution'), 'attribution'];
  const cell = (v: unknown) =>
    v === null || v === undefined
      ? ''
      : typeof v === 'number' && style.decimalComma
        ? String(v).replace('.', ',')
        : v;
  // A leading BOM so spreadsheet programs read Vietnamese letters as UTF-8.
  return `\uFEFF${Papa.unparse(
    { fields: ordered, data: rows.map((r) => ordered.map((k) => cell((r as Record<string, unknown>)[k]))) },
    { delimiter: style.delimiter },
  )}`;
}
