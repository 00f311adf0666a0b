import proj4, { type Converter } from 'proj4';

/**
 * VN-2000 → WGS 84, the seven parameters of QĐ 05/2007/QĐ-BTNMT (27 February 2007), which EPSG
 * records as transformation 6960 "VN-2000 to WGS 84 (2)" with the method **Coordinate Frame
 * rotation** (EPSG:9607): tx, ty, tz in metres, rx, ry, rz in arc-seconds, scale in ppm.
 */
export const VN2000_COORDINATE_FRAME = {
  tx: -191.90441429,
  ty: -39.30318279,
  tz: -111.45032835,
  rx: -0.00928836,
  ry: 0.01975479,
  rz: -0.00427372,
  ppm: 0.252906278,
} as const;

/**
 * The same shift as proj4's `+towgs84` and WKT1's `TOWGS84[…]` read it: both take the **Position
 * Vector** convention (EPSG:9606), whose rotations have the opposite sign. Pasting the decision's
 * numbers unchanged (as this app did, and many Vietnamese GIS set-ups still do: opengeoshub/HCMGIS
 * issue #5, OSGeo/PROJ #4170) puts points 0.75–0.78 m off in Lạng Sơn (0.56–0.77 m elsewhere). PROJ's own export of
 * EPSG:9215 writes exactly these numbers (`projinfo EPSG:9215 -o PROJ`).
 */
export const VN2000_TO_WGS84 = [
  VN2000_COORDINATE_FRAME.tx,
  VN2000_COORDINATE_FRAME.ty,
  VN2000_COORDINATE_FRAME.tz,
  -VN2000_COORDINATE_FRAME.rx,
  -VN2000_COORDINATE_FRAME.ry,
  -VN2000_COORDINATE_FRAME.rz,
  VN2000_COORDINATE_FRAME.ppm,
] as const;

const TOWGS84 = `+towgs84=${VN2000_TO_WGS84.join(',')}`;

/** VN-2000 latitude and longitude (EPSG:4756), for documents that give the datum's degrees. */
export const VN2000_GEOGRAPHIC = `+proj=longlat +ellps=WGS84 ${TOWGS84} +no_defs`;

/** A plane grid coordinates are written in: VN-2000 TM-3 or UTM, or WGS 84 UTM. */
export type Grid = {
  /** URL-safe id, e.g. `tm3-107.25`, `vn-utm48`, `utm48`. */
  id: string;
  /** Language-neutral name, e.g. `VN-2000 / TM-3 107°15′`. */
  label: string;
  epsg: number;
  datum: 'vn2000' | 'wgs84';
  /** Central meridian in degrees. */
  lon0: number;
  proj4: string;
};

const dm = (deg: number) => {
  const whole = Math.floor(deg);
  const min = Math.round((deg - whole) * 60);
  return min === 0 ? `${whole}°` : `${whole}°${String(min).padStart(2, '0')}′`;
};

const tm3 = (lon0: number, epsg: number): Grid => ({
  id: `tm3-${lon0}`,
  label: `VN-2000 / TM-3 ${dm(lon0)}`,
  epsg,
  datum: 'vn2000',
  lon0,
  proj4: `+proj=tmerc +lat_0=0 +lon_0=${lon0} +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 ${TOWGS84} +units=m +no_defs`,
});

/**
 * The provinces' TM-3 meridians of Circular 973/2001/TT-TCĐC as EPSG numbers them (k = 0.9999,
 * false easting 500 km), west to east. Lạng Sơn's is 107°15′ (EPSG:9215).
 */
export const TM3_GRIDS: readonly Grid[] = [
  tm3(102, 5896),
  tm3(103, 9205),
  tm3(104, 9206),
  tm3(104.5, 9207),
  tm3(104.75, 9208),
  tm3(105, 5897),
  tm3(105.5, 9209),
  tm3(105.75, 9210),
  tm3(106, 9211),
  tm3(106.25, 9212),
  tm3(106.5, 9213),
  tm3(107, 9214),
  tm3(107.25, 9215),
  tm3(107.5, 9216),
  tm3(107.75, 5899),
  tm3(108, 5898),
  tm3(108.25, 9217),
  tm3(108.5, 9218),
];

const utm = (zone: 48 | 49, datum: Grid['datum']): Grid => ({
  id: datum === 'vn2000' ? `vn-utm${zone}` : `utm${zone}`,
  label: `${datum === 'vn2000' ? 'VN-2000' : 'WGS 84'} / UTM ${zone}N`,
  epsg: datum === 'vn2000' ? 3357 + zone : 32600 + zone,
  datum,
  lon0: zone * 6 - 183,
  proj4:
    datum === 'vn2000'
      ? `+proj=utm +zone=${zone} +ellps=WGS84 ${TOWGS84} +units=m +no_defs`
      : `+proj=utm +zone=${zone} +datum=WGS84 +units=m +no_defs`,
});

/** UTM: VN-2000's national 6° zones (EPSG:3405, 3406) and GPS receivers' WGS 84 ones (32648, 32649). */
export const UTM_GRIDS: readonly Grid[] = [
  utm(48, 'vn2000'),
  utm(49, 'vn2000'),
  utm(48, 'wgs84'),
  utm(49, 'wgs84'),
];

export const GRIDS: readonly Grid[] = [...TM3_GRIDS, ...UTM_GRIDS];

/** Lạng Sơn's own grid, the default everywhere a VN-2000 X/Y is read or shown. */
export const LANG_SON_GRID = TM3_GRIDS.find((g) => g.lon0 === 107.25) as Grid;

export const gridById = (id: string): Grid | undefined => GRIDS.find((g) => g.id === id);

const converters = new Map<string, Converter>();
const converter = (grid: Grid) => {
  let c = converters.get(grid.id);
  if (!c) {
    c = proj4('WGS84', grid.proj4);
    converters.set(grid.id, c);
  }
  return c;
};

/** Easting and northing in metres of a WGS 84 `[lng, lat]` on a grid. */
export function toGrid(grid: Grid, lngLat: readonly [number, number]): { easting: number; northing: number } {
  const [easting = Number.NaN, northing = Number.NaN] = converter(grid).forward([lngLat[0], lngLat[1]]);
  return { easting, northing };
}

/** WGS 84 `[lng, lat]` of an easting and northing in metres on a grid. */
export function fromGrid(grid: Grid, easting: number, northing: number): [number, number] {
  const [lng = Number.NaN, lat = Number.NaN] = converter(grid).inverse([easting, northing]);
  return [lng, lat];
}
