import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { completeVn2000Prj } from './prj';

const ESRI =
  'PROJCS["VN_2000_UTM_Zone_48N",GEOGCS["GCS_VN_2000",DATUM["D_Vietnam_2000",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",105.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';
const OGC =
  'PROJCS["VN-2000 / UTM zone 48N",GEOGCS["VN-2000",DATUM["Vietnam_2000",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6756"]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",105],PARAMETER["scale_factor",0.9996],PARAMETER["false_easting",500000],PARAMETER["false_northing",0],UNIT["metre",1]]';
/** VN-2000 / UTM 48N with the shift, as PROJ 9.1 writes EPSG:3405 (`projinfo EPSG:3405 -o PROJ`). */
const EPSG_3405 =
  '+proj=utm +zone=48 +ellps=WGS84 +towgs84=-191.90441429,-39.30318279,-111.45032835,0.00928836,-0.01975479,0.00427372,0.252906278 +units=m +no_defs';
const CITY: [number, number] = [106.7612, 21.8537];

describe('completeVn2000Prj', () => {
  it.each([
    ['ESRI', ESRI],
    ['OGC, with authorities nested in the spheroid', OGC],
  ])('adds the QĐ 05/2007 shift to a VN-2000 .prj without one (%s), bringing it within 1 cm', (_, prj) => {
    const xy = proj4('WGS84', EPSG_3405, CITY);
    const before = proj4(prj, 'WGS84', xy);
    const r = completeVn2000Prj(prj);
    expect(r.completed).toBe(true);
    const after = proj4(r.wkt, 'WGS84', xy);
    const m = (p: number[]) =>
      Math.hypot(((p[0] ?? 0) - CITY[0]) * 103_300, ((p[1] ?? 0) - CITY[1]) * 110_700);
    expect(m(before)).toBeGreaterThan(150);
    expect(m(after)).toBeLessThan(0.01);
  });

  it('leaves alone a .prj that has its shift, and one of another datum', () => {
    const withShift = ESRI.replace(']],PRIMEM', '],TOWGS84[-191.9,-39.3,-111.5,0,0,0,0]],PRIMEM');
    expect(completeVn2000Prj(withShift)).toEqual({ wkt: withShift, completed: false });
    const wgs = ESRI.replaceAll('VN_2000', 'WGS_1984').replace('D_Vietnam_2000', 'D_WGS_1984');
    expect(completeVn2000Prj(wgs)).toEqual({ wkt: wgs, completed: false });
  });
});
