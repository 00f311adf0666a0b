import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import type { LayerDef } from '../data/catalog-types';
import { fontFaces } from '../data/fonts';
import { labelPoints } from '../data/label-points';
import type { Lang } from '../types/core';
import { buildStyle } from './build-style';

/**
 * MapLibre drops string feature ids and turns nested properties into JSON text: keep the id in the
 * properties so clicks can hand it back, and flatten a bilingual `name` into `label_vi`/`label_en`.
 */
export function withIdProps(fc: FeatureCollection): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: fc.features.map((f) => {
      const name = f.properties?.name as { vi?: unknown; en?: unknown } | undefined;
      const labels =
        name && typeof name === 'object' && typeof name.vi === 'string'
          ? { label_vi: name.vi, label_en: typeof name.en === 'string' ? name.en : name.vi }
          : {};
      return { ...f, properties: { ...f.properties, ...labels, id: f.id } };
    }),
  };
}

/** The whole style with the data at hand already in it, so the first tiling uses the real data. */
export function styleWithData(
  catalog: LayerDef[],
  lang: Lang,
  data: ReadonlyMap<string, FeatureCollection>,
): StyleSpecification {
  return buildStyle(catalog, {
    lang,
    fontFaces: fontFaces(),
    dataOf: (def) => {
      const fc = data.get(def.id);
      return fc ? withIdProps(fc) : { type: 'FeatureCollection', features: [] };
    },
    labelsOf: (def) => {
      const fc = data.get(def.id);
      return fc && def.labelPoints ? labelPoints(fc, def.labelPoints) : undefined;
    },
  });
}
