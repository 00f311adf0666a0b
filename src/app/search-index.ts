import type { FeatureCollection } from 'geojson';
import type { IndexedFeature } from '../data/plan-index';
import { translate } from '../i18n/translate';
import type { Lang, LngLat } from '../types/core';
import type { SearchItem } from '../ui/search-box';

/** A search entry: a plan feature (chosen by id) or a place with a position (shown where it is). */
export type SearchHit = SearchItem & { at?: LngLat };

/**
 * What the search box finds: every plan feature by its names in both languages and its kind, and
 * the towns and communes of Lạng Sơn (communes whose position is doubtful are left out; a town the
 * plan names as an urban area is marked, for the search box to list it once, as the plan's).
 */
export function searchIndex(
  index: ReadonlyMap<string, IndexedFeature>,
  data: ReadonlyMap<string, FeatureCollection>,
  lang: Lang,
): SearchHit[] {
  const items: SearchHit[] = [];
  for (const { feature } of index.values()) {
    const p = feature.properties;
    items.push({
      id: feature.id,
      names: [p.name.vi, p.name.en],
      kinds: [translate('vi', `kind.${p.kind}`), translate('en', `kind.${p.kind}`)],
      label: p.name[lang],
      kindLabel: translate(lang, `kind.${p.kind}`),
      // A planned urban area is often the town the base map names too: one of them is listed.
      ...(p.kind === 'urban_area' && feature.geometry.type === 'Point'
        ? { lookAlike: { sort: 'town', at: feature.geometry.coordinates as LngLat } }
        : {}),
    });
  }
  const places = (
    layerId: string,
    kindLabel: string,
    keep: (p: Record<string, unknown>) => boolean,
    sort?: string,
  ) => {
    for (const f of data.get(layerId)?.features ?? []) {
      const props = (f.properties ?? {}) as Record<string, unknown>;
      if (f.geometry.type !== 'Point' || !keep(props)) continue;
      const name = String(props.name_short ?? props.name);
      items.push({
        id: String(f.id),
        names: [name],
        label: name,
        kindLabel,
        at: f.geometry.coordinates as LngLat,
        ...(sort ? { lookAlike: { sort, at: f.geometry.coordinates as LngLat } } : {}),
      });
    }
  };
  places('towns', translate(lang, 'search.town'), (p) => p.in_lang_son === true, 'town');
  places('communes-2025', translate(lang, 'search.commune'), (p) => p.position_suspect === undefined);
  // Look-alikes are merged by the search box, which loads the search with the first query.
  return items;
}
