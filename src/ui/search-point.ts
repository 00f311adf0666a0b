import { MAX_BOUNDS } from '../data/boxes';
import type { useT } from '../i18n/lang-context';
import { parseCoordinate, readAs } from '../import/parse-coordinate';
import type { LngLat } from '../types/core';

/**
 * A typed position inside the map's bounds, offered first as "go to this point" (loaded with the
 * first query that looks like one): degrees, DMS, VN-2000 X/Y or UTM, as `parseCoordinate` reads.
 */
export function searchPoint(query: string, t: ReturnType<typeof useT>['t']) {
  const typed = parseCoordinate(query);
  if (!typed) return null;
  const at: LngLat = typed.lngLat;
  const [w, s, e, n] = MAX_BOUNDS;
  if (at[0] < w || at[0] > e || at[1] < s || at[1] > n) return null;
  // Written as typed into maps and phones (a decimal point in both languages), to 5 decimals (~1 m).
  const [lng, lat] = [String(Number(at[0].toFixed(5))), String(Number(at[1].toFixed(5)))];
  return {
    id: `point-${at.join(',')}`,
    names: [],
    at,
    label: t('search.goTo', { lat, lng }),
    // VN-2000 or UTM: the grid and the numbers as read (X the northing), so a misread shows.
    kindLabel: readAs(typed) ?? t('search.point'),
  };
}
