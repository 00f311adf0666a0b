import type { FeatureCollection } from 'geojson';
import { valid } from 'geojson-validation';
import { PLAUSIBLE_BOX } from './boxes';

export type Checked<T> = { ok: true; data: T } | { ok: false; problems: string[] };

const [WEST, SOUTH, EAST, NORTH] = PLAUSIBLE_BOX;

function* positions(coords: unknown): Generator<number[]> {
  if (!Array.isArray(coords)) return;
  if (typeof coords[0] === 'number') {
    yield coords as number[];
    return;
  }
  for (const c of coords) yield* positions(c);
}

/**
 * Checks that `json` is a GeoJSON FeatureCollection (geojson-validation), that every feature has a
 * unique string id, and that every position lies in the plausible box. Returns the problems in
 * plain words, the feature number (1-based) first, so a person can find them.
 */
export function checkCollection(json: unknown): Checked<FeatureCollection> {
  const structural = valid(json, true);
  if (structural.length > 0) return { ok: false, problems: structural.slice(0, 20) };
  const fc = json as FeatureCollection;
  if (fc.type !== 'FeatureCollection') return { ok: false, problems: ['not a FeatureCollection'] };
  const problems: string[] = [];
  const seen = new Set<string>();
  fc.features.forEach((f, i) => {
    const n = i + 1;
    if (typeof f.id !== 'string' || f.id === '') problems.push(`feature ${n}: no string id`);
    else if (seen.has(f.id)) problems.push(`feature ${n}: id "${f.id}" is used twice`);
    else seen.add(f.id);
    const geom = f.geometry;
    if (!geom || geom.type === 'GeometryCollection') return;
    for (const [lng, lat] of positions(geom.coordinates)) {
      if (lng === undefined || lat === undefined || lng < WEST || lng > EAST || lat < SOUTH || lat > NORTH) {
        problems.push(
          `feature ${n}: position [${lng}, ${lat}] lies outside the Lạng Sơn area (swapped lat/lng?)`,
        );
        break;
      }
    }
  });
  return problems.length > 0 ? { ok: false, problems: problems.slice(0, 20) } : { ok: true, data: fc };
}
