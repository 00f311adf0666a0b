import type { MapViewProps } from './map-view';

/** The parts of the map a change of props touches, each set by its own call on the map. */
export type MapPart =
  | 'data'
  | 'catalog'
  | 'lang'
  | 'baseMap'
  | 'look'
  | 'user'
  | 'measure'
  | 'camera'
  | 'popup'
  | 'settled';

/** The props that describe what the map shows (not its callbacks, read when called). */
export type MapShown = Pick<
  MapViewProps,
  | 'data'
  | 'catalog'
  | 'lang'
  | 'baseMap'
  | 'visible'
  | 'order'
  | 'opacity'
  | 'phases'
  | 'siteLayers'
  | 'siteStyle'
  | 'swipe'
  | 'user'
  | 'measure'
  | 'cameraRequest'
  | 'popup'
  | 'dataSettled'
>;

// The app may hand new arrays and sets with the same content: these say when the phases, the
// sites or the compared plan really changed.
const siteKey = ({ siteLayers, siteStyle: { shown, ranks } }: MapShown) =>
  `${siteLayers.join()}|${shown ? [...shown].join() : '*'}|${ranks ? ranks.map((r) => `${r.id}:${r.rank}:${r.color}`).join() : ''}`;
const phaseKey = (p: MapShown) => p.phases?.join() ?? 'all';
const planKey = ({ swipe }: MapShown) => (swipe ? (swipe.plan === null ? 'all' : String(swipe.plan)) : '');

/**
 * What differs between the props the map was last given (`prev`; null before the first time)
 * and `next`, as the parts to set again — react-map-gl's `setProps`: one diff of the whole set
 * instead of an effect per prop. A layer toggle is `look` alone; the popup is reopened only for
 * another popup (its key), the camera moved only for a new request (its `seq`).
 */
export function changedParts(prev: MapShown | null, next: MapShown): Set<MapPart> {
  if (!prev)
    return new Set<MapPart>([
      'data',
      'catalog',
      'lang',
      'baseMap',
      'look',
      'user',
      'measure',
      'camera',
      'popup',
      'settled',
    ]);
  const parts = new Set<MapPart>();
  const differs = (part: MapPart, changed: boolean) => {
    if (changed) parts.add(part);
  };
  differs('data', prev.data !== next.data);
  differs('catalog', prev.catalog !== next.catalog);
  differs('lang', prev.lang !== next.lang);
  differs('baseMap', prev.baseMap !== next.baseMap);
  differs(
    'look',
    prev.visible !== next.visible ||
      prev.order !== next.order ||
      prev.opacity !== next.opacity ||
      phaseKey(prev) !== phaseKey(next) ||
      siteKey(prev) !== siteKey(next) ||
      planKey(prev) !== planKey(next),
  );
  differs('user', prev.user !== next.user);
  differs('measure', prev.measure !== next.measure);
  differs('camera', prev.cameraRequest?.seq !== next.cameraRequest?.seq);
  differs('popup', prev.popup?.key !== next.popup?.key);
  differs('settled', prev.dataSettled !== next.dataSettled);
  return parts;
}
