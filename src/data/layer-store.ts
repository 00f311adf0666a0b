import type { FeatureCollection } from 'geojson';
import type { LayerDef } from './catalog-types';
import { GEODATA_URLS } from './geodata-urls';
import { loadCollection } from './load';
import { checkPlanCollection } from './plan-check';
import type { Checked } from './validate';

/** Where a layer's file is: loading, loaded with this many features, or refused with the reason. */
export type LayerStatus =
  | { state: 'loading' }
  | { state: 'ok'; count: number }
  | { state: 'failed'; reason: string };

const pending = new Map<string, Promise<Checked<FeatureCollection>>>();
const settled = new Map<string, Checked<FeatureCollection>>();

/** Loads and checks a layer's file once; later calls share the same result. */
export function loadLayer(def: LayerDef): Promise<Checked<FeatureCollection>> {
  let p = pending.get(def.file);
  if (!p) {
    const url = GEODATA_URLS[def.file];
    p = url
      ? loadCollection(url).then((r) => (r.ok && def.plan ? checkPlanCollection(r.data) : r))
      : Promise.resolve({ ok: false as const, problems: [`no data file ${def.file}`] });
    p.then((r) => settled.set(def.file, r));
    pending.set(def.file, p);
  }
  return p;
}

/** The result of a load that has already finished, if any (lets the first render use it at once). */
export function peekLayer(def: LayerDef): Checked<FeatureCollection> | undefined {
  return settled.get(def.file);
}
