import { readFileSync } from 'node:fs';
import type { Feature, Geometry, Position } from 'geojson';

/** Helpers for the importer's tests (Node only): fixture files and coordinate comparisons. */

const url = (name: string) => new URL(`../../tests/fixtures/import/${name}`, import.meta.url);

/** A fixture's bytes as an ArrayBuffer of exactly its length, as a File would give. */
export function fixtureBytes(name: string): ArrayBuffer {
  const b = readFileSync(url(name));
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
}

/** A fixture's text, without the BOM some of them carry on purpose. */
export function fixtureText(name: string): string {
  return readFileSync(url(name), 'utf8').replace(/^\ufeff/, '');
}

/** The WGS84 places `make-fixtures.mjs` projected into utm.geojson, vn2000.csv and shapefile.zip. */
export const PLACES: readonly Position[] = [
  [106.7612, 21.8537],
  [106.7006, 21.9479],
  [106.3455, 21.505],
  [107.095, 21.542],
];

/** Metres between two WGS84 positions (flat-earth; plenty for "within 1 m"). */
export function metres(a: Position, b: Position): number {
  const [ax = 0, ay = 0] = a;
  const [bx = 0, by = 0] = b;
  return Math.hypot((ax - bx) * 111_320 * Math.cos((ay * Math.PI) / 180), (ay - by) * 110_574);
}

/** The position of a Point feature; throws (failing the test) for anything else. */
export function pointOf(f: Feature<Geometry | null> | undefined): Position {
  if (f?.geometry?.type !== 'Point') throw new Error(`not a point: ${JSON.stringify(f)}`);
  return f.geometry.coordinates;
}

/** The outer ring of a Polygon feature; throws for anything else. */
export function ringOf(f: Feature<Geometry | null> | undefined): Position[] {
  if (f?.geometry?.type !== 'Polygon' || !f.geometry.coordinates[0])
    throw new Error(`not a polygon: ${JSON.stringify(f)}`);
  return f.geometry.coordinates[0];
}
