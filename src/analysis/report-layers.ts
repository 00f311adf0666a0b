import type { Feature, FeatureCollection } from 'geojson';
import { type PreparedLayer, prepareLayer, type ReportFeature } from './land-report';
import type { LayerPayload } from './report-protocol';

const decoder = new TextDecoder();

/**
 * The features of an imported layer's GeoJSON bytes, numbered as the map numbers them (its n-th
 * feature is `String(n)`), with the file's own id kept among the properties the report shows.
 */
export function featuresOfBytes(bytes: Uint8Array): ReportFeature[] {
  const fc = JSON.parse(decoder.decode(bytes)) as FeatureCollection;
  return fc.features.map((f: Feature, n) => ({
    id: String(n),
    geometry: f.geometry,
    properties: (f.properties ?? {}) as Record<string, unknown>,
  }));
}

/** A layer sent to the report, indexed. */
export function preparePayload(p: LayerPayload): PreparedLayer {
  const features = 'bytes' in p ? featuresOfBytes(p.bytes) : p.features;
  return prepareLayer({ ...p.meta, features });
}
