import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Bounds } from '../types/core';
import { type FieldSummary, FieldTally } from './field-summary';
import type { ImportFormat, ImportResult, Problem } from './problems';

/**
 * An imported layer's features as GeoJSON text (UTF-8), as the map, storage and export take it,
 * with where each feature starts: one feature is read by parsing its own bytes (microseconds)
 * rather than the whole collection (a second per 100,000 features, on the page, in one go).
 * Feature `i` is `bytes[offsets[i] .. offsets[i + 1] - 1)`: every feature is followed by one
 * byte, `,` or the `]` that closes the list. The map numbers the features in the same order
 * (MapLibre's `generateId`), so a click names feature `i` by its number.
 */
export type LayerData = {
  bytes: Uint8Array;
  /** `count + 1` entries. */
  offsets: Uint32Array;
  count: number;
  /** [west, south, east, north]; null when nothing has a position. */
  bbox: Bounds | null;
  /** The geometry types present, e.g. ['Point'] or ['Polygon', 'MultiPolygon']. */
  kinds: string[];
  /** What each attribute holds (its values, their counts and areas); absent in data made before it was kept. */
  fields?: FieldSummary[];
};

/** An accepted import as the page gets it: the features as bytes and a summary. */
export type ImportAccepted = { ok: true; format: ImportFormat; data: LayerData; warnings: Problem[] };
/** What an import gives the page: accepted (as bytes), or refused as `parseImport` said. */
export type ImportOutcome = ImportAccepted | Extract<ImportResult, { ok: false }>;

const HEAD = '{"type":"FeatureCollection","features":[';

function growBox(box: number[], c: unknown): void {
  if (!Array.isArray(c)) return;
  const [x, y] = c;
  if (typeof x === 'number' && typeof y === 'number') {
    if (x < (box[0] as number)) box[0] = x;
    if (y < (box[1] as number)) box[1] = y;
    if (x > (box[2] as number)) box[2] = x;
    if (y > (box[3] as number)) box[3] = y;
    return;
  }
  for (const inner of c) growBox(box, inner);
}

function growGeometry(box: number[], kinds: Set<string>, g: Geometry | null): void {
  if (!g) return;
  kinds.add(g.type);
  if (g.type === 'GeometryCollection') for (const part of g.geometries) growGeometry(box, kinds, part);
  else growBox(box, g.coordinates);
}

/**
 * Writes a collection as GeoJSON bytes with each feature's offset, its box and geometry kinds.
 * Runs in the import worker (on the page only when no worker can start). `onFraction` is told how
 * far it has got, every 5%.
 */
export function serialiseCollection(
  fc: FeatureCollection<Geometry | null>,
  onFraction: (fraction: number) => void = () => {},
): LayerData {
  const encoder = new TextEncoder();
  const n = fc.features.length;
  const head = encoder.encode(HEAD);
  let out = new Uint8Array(Math.max(1024, head.length + n * 64));
  out.set(head);
  let at = head.length;
  const offsets = new Uint32Array(n + 1);
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  const kinds = new Set<string>();
  const tally = new FieldTally();
  const step = Math.max(1, Math.floor(n / 20));
  for (let i = 0; i < n; i++) {
    const f = fc.features[i] as Feature<Geometry | null>;
    growGeometry(box, kinds, f.geometry);
    tally.add(f);
    const text = `${JSON.stringify(f)}${i === n - 1 ? ']}' : ','}`;
    // UTF-8 takes at most 3 bytes per UTF-16 unit.
    if (at + text.length * 3 > out.length) {
      const bigger = new Uint8Array(Math.max(out.length * 2, at + text.length * 3));
      bigger.set(out.subarray(0, at));
      out = bigger;
    }
    offsets[i] = at;
    at += encoder.encodeInto(text, out.subarray(at)).written;
    if (i % step === 0) onFraction(i / n);
  }
  if (n === 0) at += encoder.encodeInto(']}', out.subarray(at)).written;
  // The byte after the last feature's closing `]` of the list.
  offsets[n] = at - 1;
  onFraction(1);
  return {
    // A buffer of its own, exactly this long: it is transferred and stored as it is.
    bytes: out.slice(0, at),
    offsets,
    count: n,
    bbox: box.every(Number.isFinite) ? (box as Bounds) : null,
    kinds: [...kinds].sort(),
    fields: tally.result(),
  };
}

const decoder = new TextDecoder();

/** Feature `i` (in file order), parsed from its own bytes; undefined past the end. */
export function readFeature(data: LayerData, i: number): Feature | undefined {
  if (!Number.isInteger(i) || i < 0 || i >= data.count) return undefined;
  const start = data.offsets[i] as number;
  const end = (data.offsets[i + 1] as number) - 1;
  return JSON.parse(decoder.decode(data.bytes.subarray(start, end))) as Feature;
}

/** Lets the page draw and take input between chunks of work. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Every feature from `from` up to `to`, parsed a chunk at a time with a pause between chunks, so
 * reading a big layer on the page never holds it for long.
 */
export async function readFeatures(
  data: LayerData,
  from = 0,
  to = data.count,
  chunk = 2000,
): Promise<Feature[]> {
  const out: Feature[] = [];
  const end = Math.min(to, data.count);
  for (let i = Math.max(0, from); i < end; i += chunk) {
    const last = Math.min(end, i + chunk);
    // One parse for the whole chunk: its features are contiguous, comma-separated.
    const text = decoder.decode(data.bytes.subarray(data.offsets[i], (data.offsets[last] as number) - 1));
    out.push(...(JSON.parse(`[${text}]`) as Feature[]));
    if (last < end) await nextTask();
  }
  return out;
}

/** Turns an accepted import into bytes (in the worker); a refusal passes as it is. */
export function toOutcome(
  result: ImportResult,
  onFraction: (fraction: number) => void = () => {},
): ImportOutcome {
  if (!result.ok) return result;
  return {
    ok: true,
    format: result.format,
    data: serialiseCollection(result.fc, onFraction),
    warnings: result.warnings,
  };
}

/** The buffers of a layer's data, for postMessage's transfer list. */
export const transferOf = (data: LayerData): ArrayBuffer[] => [
  data.bytes.buffer as ArrayBuffer,
  data.offsets.buffer as ArrayBuffer,
];

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Whether a value has the shape of LayerData with consistent offsets (not whether its text is valid). */
export function isLayerData(v: unknown): v is LayerData {
  if (!isRecord(v)) return false;
  // Its field summaries are not checked: they are made anew whenever a stored layer is read.
  const { bytes, offsets, count, bbox, kinds } = v;
  if (!(bytes instanceof Uint8Array) || !(offsets instanceof Uint32Array)) return false;
  if (typeof count !== 'number' || !Number.isInteger(count) || offsets.length !== count + 1) return false;
  if (!(bbox === null || (Array.isArray(bbox) && bbox.length === 4 && bbox.every(Number.isFinite))))
    return false;
  if (!Array.isArray(kinds) || !kinds.every((k) => typeof k === 'string')) return false;
  return (offsets[count] as number) < bytes.length;
}
