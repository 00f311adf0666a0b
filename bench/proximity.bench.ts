// npm run bench (second part): distances for thousands of sites, with the spatial index the app
// uses against measuring every target one by one (turf), on the real targets, in the same run.
import { readFileSync } from 'node:fs';
import distance from '@turf/distance';
import pointToLineDistance from '@turf/point-to-line-distance';
import type { FeatureCollection, LineString, Point } from 'geojson';
import { bench, describe } from 'vitest';
import { CATALOG } from '../geodata/catalog';
import { createProximity } from '../src/analysis/proximity';
import { proximityTargets } from '../src/analysis/proximity-targets';
import { TARGET_KINDS } from '../src/analysis/targets';
import type { LngLat } from '../src/types/core';

const data = new Map(
  CATALOG.map((d) => [d.id, JSON.parse(readFileSync(`geodata/${d.file}`, 'utf8')) as FeatureCollection]),
);
const targets = proximityTargets(data);

/** Enough sites to tell the two apart; the baseline needs some 0.2 s per site. */
const SITE_COUNT = 500;
// Sites spread over the province's box, from a fixed seed (the same every run).
let seed = 42;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};
const SITES: LngLat[] = Array.from({ length: SITE_COUNT }, () => [
  106.0 + random() * 1.4,
  21.3 + random() * 1.2,
]);

/** Segments of every kind's targets in a local km plane, for the plain loop below. */
const KY = (6371.0088 * Math.PI) / 180;
const KX = KY * Math.cos((21.8 * Math.PI) / 180);
const SEGMENTS = TARGET_KINDS.map((kind) => {
  const segs: number[] = [];
  for (const t of targets.targets[kind]) {
    const g = t.geometry;
    const lines =
      g.type === 'LineString'
        ? [g.coordinates]
        : g.type === 'MultiLineString'
          ? g.coordinates
          : g.type === 'Point'
            ? [[g.coordinates, g.coordinates]]
            : [];
    for (const l of lines)
      for (let i = 1; i < l.length; i++) {
        const [ax = 0, ay = 0] = l[i - 1] ?? [];
        const [bx = 0, by = 0] = l[i] ?? [];
        segs.push(ax * KX, ay * KY, bx * KX, by * KY);
      }
  }
  return Float64Array.from(segs);
});

/**
 * The index's plane maths, every segment tried for every site: what the index saves. Cheaper than
 * the app's own path, which also ranks near-ties again on the great circle (see nearest.ts).
 */
function plainLoop(at: LngLat): number[] {
  const x = at[0] * KX;
  const y = at[1] * KY;
  return SEGMENTS.map((s) => {
    let best = Number.POSITIVE_INFINITY;
    for (let i = 0; i < s.length; i += 4) {
      const ax = s[i] as number;
      const ay = s[i + 1] as number;
      const dx = (s[i + 2] as number) - ax;
      const dy = (s[i + 3] as number) - ay;
      const len2 = dx * dx + dy * dy;
      const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2));
      best = Math.min(best, (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2);
    }
    return Math.sqrt(best);
  });
}

/** The naive baseline: every target of every kind measured for every site with turf. */
function bruteForce(at: LngLat): number[] {
  return TARGET_KINDS.map((kind) => {
    let best = Number.POSITIVE_INFINITY;
    for (const t of targets.targets[kind]) {
      const g = t.geometry;
      const lines: LineString[] =
        g.type === 'LineString'
          ? [g]
          : g.type === 'MultiLineString'
            ? g.coordinates.map((coordinates) => ({ type: 'LineString', coordinates }))
            : [];
      for (const l of lines) best = Math.min(best, pointToLineDistance(at, l, { units: 'kilometers' }));
      if (g.type === 'Point')
        best = Math.min(best, distance(at, (g as Point).coordinates, { units: 'kilometers' }));
    }
    return best;
  });
}

describe(`distances for ${SITE_COUNT} sites to every kind of target`, () => {
  bench(
    'spatial index (Flatbush), as the app does it',
    () => {
      const proximityOf = createProximity(targets);
      for (const at of SITES) proximityOf({ at, accuracy: 'approximate', provisional: false });
    },
    { iterations: 5, warmupIterations: 1 },
  );
  bench(
    'baseline: the same maths, every segment tried (no index)',
    () => {
      for (const at of SITES) plainLoop(at);
    },
    { iterations: 5, warmupIterations: 1 },
  );
  bench(
    'baseline: every target measured one by one (turf)',
    () => {
      for (const at of SITES) bruteForce(at);
    },
    { iterations: 1, warmupIterations: 0 },
  );
});
