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
    if (k === 'id' || k === 'layer' || k === 'layer_title' || k === 'attribution') continue;
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

/**
 * The layers as CSV, one row per feature: its properties, its geometry type and one point — the
 * point itself, or a point on the line or inside the area (`point_kind` says which). Full shapes
 * are in the GeoJSON export; spreadsheets cut cells of a large area's outline.
 */
export function toCsv(layers: readonly ExportLayer[]): string {
  const rows = layers.flatMap((layer) =>
    layer.features
      .filter((f) => f.geometry)
      .map((f) => {
        const isPoint = f.geometry.type === 'Point';
        const [lon, lat] = isPoint
          ? (f.geometry as { coordinates: number[] }).coordinates
          : pointOnFeature(f).geometry.coordinates;
        return {
          ...flatProps(f, layer),
          geometry_type: f.geometry.type,
          lon: lon ?? null,
          lat: lat ?? null,
          point_kind: isPoint ? 'point' : 'representative',
        };
      }),
  );
  const fields = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  // Credits last, where a reader looks for them; the rest in the order first met.
  const ordered = [...fields.filter((f) => f !== 'attribution'), 'attribution'];
  // A leading BOM so spreadsheet programs read Vietnamese letters as UTF-8.
  return `\uFEFF${Papa.unparse({ fields: ordered, data: rows.map((r) => ordered.map((k) => (r as Record<string, unknown>)[k] ?? '')) })}`;
}
