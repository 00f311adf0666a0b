import type { FeatureCollection } from 'geojson';
import { type Checked, checkCollection } from './validate';

export type Fetcher = (url: string) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

/**
 * Fetches and checks one data file. Never throws: a missing or broken file becomes a result with
 * the reason, so the other layers keep working.
 */
export async function loadCollection(
  url: string,
  fetcher: Fetcher = fetch,
): Promise<Checked<FeatureCollection>> {
  let json: unknown;
  try {
    const res = await fetcher(url);
    if (!res.ok) return { ok: false, problems: [`HTTP ${res.status}`] };
    json = await res.json();
  } catch (err) {
    return { ok: false, problems: [err instanceof Error ? err.message : String(err)] };
  }
  return checkCollection(json);
}
