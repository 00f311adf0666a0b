/**
 * The types every folder uses, at the bottom of the import order so that any module can import
 * them without reaching up a layer (data, analysis, state, map and ui alike).
 */

/** A position, `[longitude, latitude]` in WGS84 degrees, as GeoJSON and MapLibre write it. */
export type LngLat = [number, number];

/** A box, `[west, south, east, north]` in WGS84 degrees. */
export type Bounds = [number, number, number, number];

/** Where the map looks: zoom, centre, bearing and pitch (degrees), as a share link writes it. */
export interface Camera {
  zoom: number;
  lat: number;
  lng: number;
  bearing: number;
  pitch: number;
}

/** The base map under the plan: the embedded one (offline) or OpenStreetMap's tiles (online). */
export type BaseMap = 'embedded' | 'osm';

/** How the map is drawn: its usual colours, or high contrast (stronger lines, colour-vision-safe palette). */
export type MapStyle = 'normal' | 'contrast';

export const LANGS = ['vi', 'en'] as const;
/** Interface language: Vietnamese first, English too. */
export type Lang = (typeof LANGS)[number];

export const PHASES = ['existing', '2030', '2050'] as const;
/** When a plan feature exists: now, by 2030, or in the 2050 vision. */
export type Phase = (typeof PHASES)[number];

/**
 * The plan seen at a point in time: what exists now, what stands by 2030 (what exists and what
 * the plan adds by 2030), or the whole 2050 vision.
 */
export type PhaseView = Phase;

/** What the right of the phase divider shows: another phase, or the base map alone. */
export type SwipeChoice = PhaseView | 'base';

/** What a measurement measures: a length along a line, or an area inside a ring. */
export type MeasureMode = 'line' | 'area';
