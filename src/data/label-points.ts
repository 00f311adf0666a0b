import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Text } from './plan-schema';

/** Text field that shows `label_vi` or `label_en` by the style's global `lang` state. */
export const LABEL_FIELD: ExpressionSpecification = ['get', ['concat', 'label_', ['global-state', 'lang']]];

/** Fills `{prop}` or `{prop|fallback}` placeholders from a feature's properties. */
export function fillTemplate(template: string, props: Record<string, unknown>): string {
  return template.replace(/\{([^}]+)\}/g, (_, names: string) => {
    for (const name of names.split('|')) {
      const v = props[name];
      if (typeof v === 'string' || typeof v === 'number') return String(v);
    }
    return '';
  });
}

/**
 * One label point per polygon feature, at its `label_lon`/`label_lat` (an interior point computed
 * when the data was prepared), with the label in both languages. Features without them are skipped.
 */
export function labelPoints(fc: FeatureCollection, template: Text): FeatureCollection<Point> {
  const features: Feature<Point>[] = [];
  for (const f of fc.features) {
    const p = (f.properties ?? {}) as Record<string, unknown>;
    if (typeof p.label_lon !== 'number' || typeof p.label_lat !== 'number') continue;
    features.push({
      type: 'Feature',
      id: f.id,
      properties: { label_vi: fillTemplate(template.vi, p), label_en: fillTemplate(template.en, p) },
      geometry: { type: 'Point', coordinates: [p.label_lon, p.label_lat] },
    });
  }
  return { type: 'FeatureCollection', features };
}
