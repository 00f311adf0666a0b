import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createExpression } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { PlanProps } from '../src/data/plan-schema';
import { PLAN_LAYERS } from './plan-layers';

// 12 positions carry 2–4 plan points each (sites known only by the same commune or district). Each
// must show and take clicks: the map draws the lower ones as wider rings around those above them.

const read = (file: string) =>
  JSON.parse(readFileSync(join('geodata', file), 'utf8')) as FeatureCollection<Geometry, PlanProps>;

/** The radius the layer's circle style gives a feature, in pixels. */
function radius(def: (typeof PLAN_LAYERS)[number], props: PlanProps): number | undefined {
  const style = def.styles.find((s) => s.type === 'circle');
  const raw = (style?.paint as Record<string, unknown> | undefined)?.['circle-radius'];
  if (raw === undefined) return undefined;
  const e = createExpression(raw, `${def.id}.circle-radius`);
  if (e.result !== 'success') throw new Error(`${def.id}: circle-radius does not parse`);
  return e.value.evaluate({ zoom: 10 }, { type: 1, properties: props } as never) as number;
}

/** Every point in the order the map draws it, bottom to top, with its radius. */
const drawn = PLAN_LAYERS.flatMap((def) =>
  read(def.file)
    .features.filter((f) => f.geometry.type === 'Point')
    .map((f) => ({
      id: String(f.id),
      at: (f.geometry as GeoJSON.Point).coordinates.join(','),
      r: radius(def, f.properties),
    })),
);
const byPosition = new Map<string, typeof drawn>();
for (const d of drawn) byPosition.set(d.at, [...(byPosition.get(d.at) ?? []), d]);
const stacks = [...byPosition.values()].filter((s) => s.length > 1);

describe('points that share a position', () => {
  it('are found (the commune and district points carry several sites)', () => {
    expect(stacks.length).toBeGreaterThan(5);
  });

  it('are drawn each wider than every point above it, by at least 4 px, so each shows as a ring', () => {
    const hidden = stacks.flatMap((s) =>
      s.flatMap((below, i) =>
        s
          .slice(i + 1)
          .filter((above) => (below.r ?? 0) < (above.r ?? 0) + 4)
          .map((above) => `${below.id} (${below.r}px) under ${above.id} (${above.r}px)`),
      ),
    );
    expect(hidden).toEqual([]);
  });
});
