import { unzip } from 'but-unzip';
import type { Feature, FeatureCollection, GeoJsonProperties, Geometry } from 'geojson';
import proj4 from 'proj4';
import { combine, parseDbf, parseShp } from 'shpjs';
import { completeVn2000Prj } from './prj';
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

/** The .prj to convert with: completed when it is VN-2000 without its datum shift, dropped when proj4 cannot read it. */
function projection(prj: string | undefined, layer: string, warnings: Problem[]): string | undefined {
  if (prj === undefined) {
    warnings.push({ code: 'shp-no-prj', params: { layer } });
    return undefined;
  }
  const { wkt, completed } = completeVn2000Prj(prj);
  try {
    proj4(wkt, 'WGS84');
  } catch {
    warnings.push({ code: 'shp-bad-prj', params: { layer, prj: prj.trim().slice(0, 80) } });
    return undefined;
  }
  if (completed) warnings.push({ code: 'prj-vn2000-completed', params: { layer } });
  return wkt;
}

/**
 * Reads a zipped Shapefile with shpjs's readers, reprojecting to WGS84 from the .prj (a VN-2000
 * .prj without datum shift is completed first, see `completeVn2000Prj`). Several shapefiles in one
 * zip are merged, each feature naming its source in `_layer`. A shapefile without a .prj, or with
 * one proj4 cannot read, is read as it is, with a warning: the coordinate check that follows still
 * catches metres.
 */
export async function parseShapefile(bytes: ArrayBuffer): Promise<ParsedShapefile> {
  const raw = new Uint8Array(bytes);
  // Also keeps damaged zips away from but-unzip, which never returns on some (see parse-kmz.ts).
  const entries = listZipEntries(raw);
  if (entries === undefined) return { ok: false, problems: [{ code: 'zip-unreadable' }] };
  const files = entries.filter((e) => !e.includes('__MACOSX') && !e.endsWith('/'));
  const layers = files.filter((f) => f.toLowerCase().endsWith('.shp')).map((f) => f.slice(0, -4));
  if (layers.length === 0) {
    const shown = files.slice(0, 10).map(baseName).join(', ') + (files.length > 10 ? ', …' : '');
    return { ok: false, problems: [{ code: 'zip-no-shp', params: { files: shown || '—' } }] };
  }

  const warnings: Problem[] = [];
  const features: Feature<Geometry | null>[] = [];
  try {
    const byName = new Map(
      unzip(raw)
        .filter((e) => !e.filename.includes('__MACOSX'))
        .map((e) => [e.filename.toLowerCase(), e] as const),
    );
    const read = async (layer: string, ext: string) => {
      const entry = byName.get(`${layer}.${ext}`.toLowerCase());
      return entry ? await entry.read() : undefined;
    };
    const text = (b: Uint8Array | undefined) => (b ? new TextDecoder().decode(b) : undefined);
    for (const layer of layers) {
      const name = baseName(layer);
      const shp = await read(layer, 'shp');
      if (!shp) continue;
      const prj = projection(text(await read(layer, 'prj')), name, warnings);
      const dbf = await read(layer, 'dbf');
      if (!dbf) warnings.push({ code: 'shp-no-dbf', params: { layer: name } });
      const cpg = text(await read(layer, 'cpg'));
      const fc = combine([parseShp(shp, prj), dbf ? parseDbf(dbf, cpg) : undefined]);
      for (const f of fc.features) {
        features.push({
          type: 'Feature',
          properties: cleanProperties(f.properties, layers.length > 1 ? name : undefined),
          geometry: f.geometry,
        });
      }
    }
  } catch (err) {
    const detail = (err instanceof Error ? err.message : String(err)).slice(0, 160);
    return { ok: false, problems: [{ code: 'shapefile-unreadable', params: { detail } }] };
  }
  return { ok: true, fc: { type: 'FeatureCollection', features }, warnings };
}
