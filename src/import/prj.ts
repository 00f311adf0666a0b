import { VN2000_TO_WGS84 } from './vn2000';

/** A datum named VN-2000 the ways GIS software writes it (ESRI `D_Vietnam_2000`, OGC `VN-2000`). */
const VN2000 = /VN[-_ ]?2000|Vietnam[-_ ]?2000/i;

/**
 * A Shapefile's .prj made fit for converting to WGS 84. ArcGIS and much Vietnamese software write
 * VN-2000 without the datum shift (no TOWGS84), which proj4 then reads as WGS 84: the data land some
 * 220 m from where they belong in Lạng Sơn, with nothing to show it. Such a .prj gets the shift of
 * QĐ 05/2007/QĐ-BTNMT written into its DATUM (in WKT1's position-vector signs), and `completed` says so, for the user to be told.
 * Any other .prj is given back as it came.
 */
export function completeVn2000Prj(wkt: string): { wkt: string; completed: boolean } {
  if (!VN2000.test(wkt) || /TOWGS84/i.test(wkt)) return { wkt, completed: false };
  // DATUM["…",SPHEROID["…",a,rf(,AUTHORITY[…])] : the shift goes right after the spheroid.
  const spheroid = /(DATUM\s*\[[^[\]]*(?:SPHEROID|ELLIPSOID)\s*\[(?:[^[\]]|\[[^\]]*\])*\])/i;
  if (!spheroid.test(wkt)) return { wkt, completed: false };
  return { wkt: wkt.replace(spheroid, `$1,TOWGS84[${VN2000_TO_WGS84.join(',')}]`), completed: true };
}
