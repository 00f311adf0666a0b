import type { FeatureCollection } from 'geojson';
import type { LayerDef } from './catalog-types';
import { GEODATA_URLS } from './geodata-urls';
import type { Checked } from './validate';

/**
 * The loading and checking code (GeoJSON structure, the plan schema) is fetched with the first
 * layer's file, not before the first view: the checks are a fifth of what the first load would be.
 */
const checking = () => Promise.all([import('./load'), import('./plan-check')]);

/** Where a layer's file is: loading, loaded with this many features, or refused with the reason. */
export type LayerStatus =
  | { state: 'loading' }
  | { state: 'ok'; count: number }
  | { state: 'failed'; reason: string };

const pending = new Map<string, Promise<Checked<FeatureCollection>>>();
const settled = new Map<string, Checked<FeatureCollection>>();

/** Fetches the file and the checking code side by side; never rejects (a failure is a result). */
async function loadChecked(url: string, plan: boolean): Promise<Checked<FeatureCollection>> {
  const response = fetch(url);
  response.catch(() => undefined); // read (and reported) by loadCollection below
  try {
    const [{ loadCollection }, { checkPlanCollection }] = await checking();
    const r = await loadCollection(url, () => response);
    return r.ok && plan ? checkPlanCollection(r.data) : r;
  } catch (err) {
    return { ok: false, problems: [err instanceof Error ? err.message : String(err)] };
  }
}

/** Loads and checks a layer's file once; later calls share the same result. */
export function loadLayer(def: LayerDef): Promise<Checked<FeatureCollection>> {
  let p = pending.get(def.file);
  if (!p) {
    const url = GEODATA_URLS[def.file];
    p = url
      ? loadChecked(url, def.plan === true)
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
