import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { PlanFeature } from '../data/plan-check';
import type { AreaTarget, ProximityTargets, Target, TargetKind } from './targets';

/** The Hữu Nghị international road gate, the one investors measure from. */
export const HUU_NGHI = 'gate-huu-nghi';

const props = (f: Feature) => (f.properties ?? {}) as Record<string, unknown>;

function planTargets(fc: FeatureCollection | undefined, keep: (f: PlanFeature) => boolean): Target[] {
  return ((fc?.features ?? []) as PlanFeature[]).filter(keep).map((f) => ({
    id: f.id,
    name: f.properties.name,
    accuracy: f.properties.accuracy,
    provisional: f.properties.provisional,
    status: f.properties.status,
    geometry: f.geometry,
  }));
}

/**
 * Railway lines by name. OpenStreetMap gives an English name on some pieces of a line and not on
 * others: every piece of a line takes the English name any of its pieces has, so one line reads
 * the same everywhere. Bridges carry their own names (Cầu Sông Thương): they are called by the
 * railway they are on.
 */
function railwayTargets(fc: FeatureCollection | undefined): Target[] {
  const named = (fc?.features ?? []).filter((f) => typeof props(f).name === 'string');
  const english = new Map<string, string>();
  for (const f of named) {
    const en = props(f).name_en;
    if (typeof en === 'string' && !english.has(String(props(f).name))) english.set(String(props(f).name), en);
  }
  return named.map((f) => {
    const name = String(props(f).name);
    const isLine = name.startsWith('Đường sắt');
    return {
      id: String(f.id),
      name: isLine ? { vi: name, en: english.get(name) ?? name } : { vi: 'Đường sắt', en: 'Railway' },
      accuracy: 'derived',
      provisional: false,
      geometry: f.geometry,
    };
  });
}

/**
 * What the investor tools measure distances to, from the loaded layers: the border gates (plan;
 * only those whose position a source gives — a gate placed at its district for want of one, like
 * Chi Ma, would give distances tens of km wrong, so it is listed in `unplaced` instead),
 * the expressways (plan, sketched), national roads (a `roads` layer; none is shipped for want of
 * openly licensed road data, see geodata/SOURCES.md), railway lines (base map, real but generalised)
 * and the centre of Lạng Sơn city (GeoNames). A layer that is not loaded gives no targets, so its
 * distances show as unknown rather than wrong.
 */
export function proximityTargets(data: ReadonlyMap<string, FeatureCollection>): ProximityTargets {
  const targets: Record<TargetKind, Target[]> = {
    // Gates only: the smart-gate projects and freight roads lie at these same crossings.
    gate: planTargets(
      data.get('border-gates'),
      (f) => f.properties.kind === 'border_gate' && !f.properties.provisional,
    ),
    huu_nghi: planTargets(data.get('border-gates'), (f) => f.id === HUU_NGHI),
    expressway: planTargets(data.get('transport'), (f) => f.properties.kind === 'expressway'),
    road: (data.get('roads')?.features ?? [])
      .filter((f) => props(f).class === 'national')
      .map((f) => {
        const ref = String(props(f).ref ?? '');
        return {
          id: String(f.id),
          name: ref ? { vi: ref, en: ref } : { vi: 'Quốc lộ', en: 'National road' },
          accuracy: 'derived',
          provisional: false,
          geometry: f.geometry,
        };
      }),
    // Named lines only, as the map draws them (unnamed sidings are left out of the base map).
    railway: railwayTargets(data.get('railways')),
    city: (data.get('towns')?.features ?? [])
      .filter((f) => props(f).name_short === 'Lạng Sơn' && props(f).feature_code === 'PPLA')
      .map((f) => ({
        id: String(f.id),
        name: { vi: 'Trung tâm TP Lạng Sơn', en: 'Lạng Sơn city centre' },
        accuracy: 'derived',
        provisional: false,
        geometry: f.geometry,
      })),
  };
  const geoparkFc = data.get('geopark');
  const geopark: AreaTarget[] | null = geoparkFc
    ? (geoparkFc.features as PlanFeature[])
        .filter((f) => f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon')
        .map((f) => ({
          id: f.id,
          provisional: f.properties.provisional,
          geometry: f.geometry as Polygon | MultiPolygon,
        }))
    : null;
  const unplaced = planTargets(
    data.get('border-gates'),
    (f) => f.properties.kind === 'border_gate' && f.properties.provisional,
  );
  return { targets, geopark, unplaced };
}
