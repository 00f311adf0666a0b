import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { LngLat } from '../types/core';

/** What a land report is about: a point, a feature of an imported layer, or a drawn or pasted shape. */
export type ReportParcel =
  | { kind: 'point'; at: LngLat }
  /** `key`: `<layer>/<n>`, the n-th feature of an imported layer, as the map names it. */
  | { kind: 'user'; key: string }
  | { kind: 'shape'; geometry: Polygon | MultiPolygon };

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** 1e-7° is about 1 cm: a corner typed from a certificate's table comes back where it was. */
const SCALE = 1e7;
const MAX_REF = 1900;

/** Signed integers as zig-zag varints in URL-safe base64, 5 bits a character (polyline's way). */
function writeInt(n: number, out: string[]): void {
  let v = n < 0 ? -2 * n - 1 : 2 * n;
  while (v >= 32) {
    out.push(B64[32 | (v % 32)] as string);
    v = Math.floor(v / 32);
  }
  out.push(B64[v] as string);
}

function encodeRing(ring: Position[], out: string[]): void {
  let x = 0;
  let y = 0;
  // The closing corner repeats the first: left out, put back when read.
  for (const p of ring.slice(0, -1)) {
    const nx = Math.round((p[0] ?? 0) * SCALE);
    const ny = Math.round((p[1] ?? 0) * SCALE);
    writeInt(nx - x, out);
    writeInt(ny - y, out);
    x = nx;
    y = ny;
  }
}

/**
 * A parcel as a link's `report=` value: `p.<lng>,<lat>` for a point, `u.<layer>.<n>` for an imported
 * feature, `g.` and the shape's rings (zig-zag varints of 1e-7° steps, rings split by `~`, polygons
 * by `!`). Example: the point 106.76, 21.85 is `p.106.76,21.85`. Null when it would not fit a link.
 */
export function encodeParcel(p: ReportParcel): string | null {
  if (p.kind === 'point') return `p.${+p.at[0].toFixed(6)},${+p.at[1].toFixed(6)}`;
  if (p.kind === 'user') {
    const [layer, n] = p.key.split('/');
    return layer && /^[A-Za-z0-9_-]{1,64}$/.test(layer) && /^\d{1,7}$/.test(n ?? '')
      ? `u.${layer}.${n}`
      : null;
  }
  const polygons = p.geometry.type === 'Polygon' ? [p.geometry.coordinates] : p.geometry.coordinates;
  const text = polygons
    .map((rings) =>
      rings
        .map((ring) => {
          const out: string[] = [];
          encodeRing(ring, out);
          return out.join('');
        })
        .join('~'),
    )
    .join('!');
  return text.length + 2 <= MAX_REF ? `g.${text}` : null;
}

function decodeRing(text: string): Position[] | null {
  const values: number[] = [];
  let v = 0;
  let shift = 1;
  for (const ch of text) {
    const d = B64.indexOf(ch);
    if (d < 0) return null;
    v += (d % 32) * shift;
    if (d >= 32) shift *= 32;
    else {
      values.push(v % 2 === 1 ? -(v + 1) / 2 : v / 2);
      v = 0;
      shift = 1;
    }
  }
  if (shift !== 1 || values.length % 2 !== 0 || values.length < 6) return null;
  const ring: Position[] = [];
  let x = 0;
  let y = 0;
  for (let i = 0; i < values.length; i += 2) {
    x += values[i] as number;
    y += values[i + 1] as number;
    ring.push([x / SCALE, y / SCALE]);
  }
  const bad = ring.some(([lng = NaN, lat = NaN]) => !(Math.abs(lng) <= 180 && Math.abs(lat) <= 90));
  return bad ? null : [...ring, ring[0] as Position];
}

/** The parcel a link's `report=` value names; null when it cannot be read (the map opens without it). */
export function decodeParcel(ref: string): ReportParcel | null {
  const body = ref.slice(2);
  if (ref.startsWith('p.')) {
    const m = /^(-?\d{1,3}(?:\.\d{1,9})?),(-?\d{1,2}(?:\.\d{1,9})?)$/.exec(body);
    const lng = Number(m?.[1]);
    const lat = Number(m?.[2]);
    return m && Math.abs(lng) <= 180 && Math.abs(lat) <= 90 ? { kind: 'point', at: [lng, lat] } : null;
  }
  if (ref.startsWith('u.')) {
    const m = /^([A-Za-z0-9_-]{1,64})\.(\d{1,7})$/.exec(body);
    return m ? { kind: 'user', key: `${m[1]}/${m[2]}` } : null;
  }
  if (!ref.startsWith('g.') || ref.length > MAX_REF) return null;
  const polygons: Position[][][] = [];
  for (const poly of body.split('!')) {
    const rings = poly.split('~').map(decodeRing);
    if (rings.some((r) => r === null)) return null;
    polygons.push(rings as Position[][]);
  }
  return polygons.length === 1
    ? { kind: 'shape', geometry: { type: 'Polygon', coordinates: polygons[0] as Position[][] } }
    : { kind: 'shape', geometry: { type: 'MultiPolygon', coordinates: polygons } };
}
