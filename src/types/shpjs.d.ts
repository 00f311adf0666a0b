/**
 * Types for shpjs 6 (it ships none), covering what the importer uses. A collection read from a zip
 * carries the path of its .shp inside the zip, without the extension, as `fileName`.
 */
declare module 'shpjs' {
  import type { FeatureCollection, Geometry } from 'geojson';

  export type ShpCollection = FeatureCollection<Geometry | null> & { fileName?: string };
  type Bytes = ArrayBuffer | ArrayBufferView;

  /**
   * Reads every shapefile in a zip (and, beware, any .json file too); features are reprojected to
   * WGS84 when a .prj is present. One collection for one shapefile, an array for several.
   */
  export function parseZip(buffer: Bytes, whiteList?: string[]): Promise<ShpCollection | ShpCollection[]>;
  export function parseShp(shp: Bytes, prj?: string | Bytes): (Geometry | null)[];
  export function parseDbf(dbf: Bytes, cpg?: string | Bytes): Record<string, unknown>[];
  export function combine(
    parts: [(Geometry | null)[], Record<string, unknown>[]?],
  ): FeatureCollection<Geometry | null>;

  export default function getShapefile(
    base: string | Bytes | { shp: Bytes; dbf?: Bytes; cpg?: string | Bytes; prj?: string | Bytes },
    whiteList?: string[],
  ): Promise<ShpCollection | ShpCollection[]>;
}
