import type { Feature, FeatureCollection, GeoJsonProperties, Geometry } from 'geojson';
import { parseZip, type ShpCollection } from 'shpjs';
import type { Problem } from './problems';
import { listZipEntries } from './zip-entries';

/** Features read from a zipped Shapefile (null geometries included: `checkGeoJson` sorts them out). */
export type ParsedShapefile =
  | { ok: true; fc: FeatureCollection<Geometry | null>; warnings: Problem[] }
  | { ok: false; problems: Problem[] };

const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** A DBF date is a local `Date`, a blank number NaN: neither survives JSON or IndexedDB as meant. */
function cleanValue(v: unknown): unknown {
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return null;
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${v.getFullYear()}-${pad(v.getMonth() + 1)}-${pad(v.getDate())}`;
  }
  if (typeof v === 'number' && !Number.isFinite(v)) return null;
  return v;
}

function cleanProperties(p: GeoJsonProperties, layer: string | undefined): GeoJsonProperties {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(p ?? {})) out[k] = cleanValue(v);
  if (layer !== undefined) out._layer = layer;
  return out;
}

/**
 * Reads a zipped Shapefile with shpjs, which reprojects to WGS84 from the .prj. Several shapefiles
 * in one zip are merged, each feature naming its source in `_layer`. A shapefile without .prj is
 * read as it is, with a warning: the coordinate check that follows still catches metres.
 */
export async function parseShapefile(bytes: ArrayBuffer): Promise<ParsedShapefile> {
  const entries = listZipEntries(new Uint8Array(bytes));
  if (entries === undefined) return { ok: false, problems: [{ code: 'zip-unreadable' }] };
  const files = entries.filter((e) => !e.includes('__MACOSX') && !e.endsWith('/'));
  const lower = new Set(files.map((f) => f.toLowerCase()));
  const layers = files.filter((f) => f.toLowerCase().endsWith('.shp')).map((f) => f.slice(0, -4));
  if (layers.length === 0) {
    const shown = files.slice(0, 10).map(baseName).join(', ') + (files.length > 10 ? ', …' : '');
    return { ok: false, problems: [{ code: 'zip-no-shp', params: { files: shown || '—' } }] };
  }
  const warnings: Problem[] = [];
  for (const layer of layers) {
    const has = (ext: string) => lower.has(`${layer}.${ext}`.toLowerCase());
    if (!has('prj')) warnings.push({ code: 'shp-no-prj', params: { layer: baseName(layer) } });
    if (!has('dbf')) warnings.push({ code: 'shp-no-dbf', params: { layer: baseName(layer) } });
  }

  let read: ShpCollection | ShpCollection[];
  try {
    read = await parseZip(bytes);
  } catch (err) {
    const detail = (err instanceof Error ? err.message : String(err)).slice(0, 160);
    return { ok: false, problems: [{ code: 'shapefile-unreadable', params: { detail } }] };
  }
  const collections = (Array.isArray(read) ? read : [read]).filter((c) => Array.isArray(c?.features));
  const several = collections.length > 1;
  const features: Feature<Geometry | null>[] = [];
  for (const c of collections) {
    const layer = several ? baseName(c.fileName ?? '') : undefined;
    for (const f of c.features) {
      features.push({
        type: 'Feature',
        properties: cleanProperties(f.properties, layer),
        geometry: f.geometry,
      });
    }
  }
  return { ok: true, fc: { type: 'FeatureCollection', features }, warnings };
}
