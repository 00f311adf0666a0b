import { unzlibSync, zlibSync } from 'fflate';
import type { LngLat } from '../types/core';

/**
 * The user's sketches in a share link (`sk=`), without a server: a small binary form, compressed
 * with DEFLATE in its zlib wrapper (fflate, already in the build through pmtiles) and written in
 * base64url. The wrapper's Adler-32 checksum (6 bytes with its header: 8 characters) tells a link
 * damaged on its way (a character changed, the end cut off by a mail program) from another drawing.
 *
 * Bytes before compression: format version (1), number of sketches, then per sketch its kind
 * (0 point, 1 line, 2 polygon), its label and note (UTF-8, length first), its number of vertices
 * and the vertices as zigzag varints of the difference from the vertex before, in 1e-7 degrees
 * (about 1 cm; a polygon's ring without its closing vertex). Differences of neighbouring vertices
 * are small and alike, which DEFLATE then shortens further; lz-string (the other choice) compresses
 * text, not such bytes, and would add a dependency where fflate adds none.
 *
 * Only lazily loaded code imports this module (the drawing, the share dialog, the link's sync).
 */

/** One sketch as a link carries it. */
export interface LinkSketch {
  kind: 'point' | 'line' | 'polygon';
  /** Vertices; a polygon's ring is not closed here (first ≠ last). */
  coords: LngLat[];
  label: string;
  note: string;
}

const VERSION = 1;
const SCALE = 1e7;
const KINDS = ['point', 'line', 'polygon'] as const;
const MIN_VERTICES = { point: 1, line: 2, polygon: 3 } as const;
/** Bounds on what a link may ask the page to hold: a damaged or hostile link cannot hang it. */
const MAX_SKETCHES = 2000;
const MAX_VERTICES = 200_000;
const MAX_TEXT_BYTES = 4000;
const MAX_INFLATED = 4 * 1024 * 1024;
/** The longest `sk=` value read at all (a whole link of the longest length browsers keep). */
export const MAX_VALUE_CHARS = 64_000;

/**
 * The longest share link that still carries the sketches, in characters. 8,000 is the length
 * RFC 9110 (§4.1) asks every sender and recipient to support; chat apps, mail and office programs
 * keep links this long whole. Past it, the link is made without the sketches and the share dialog
 * says so, offering a GeoJSON file instead.
 */
export const MAX_LINK_CHARS = 8000;

class Writer {
  private buf = new Uint8Array(256);
  private at = 0;
  private room(n: number) {
    if (this.at + n <= this.buf.length) return;
    const bigger = new Uint8Array(Math.max(this.buf.length * 2, this.at + n));
    bigger.set(this.buf.subarray(0, this.at));
    this.buf = bigger;
  }
  uint(n: number) {
    this.room(10);
    let v = n;
    while (v >= 0x80) {
      this.buf[this.at++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    this.buf[this.at++] = v;
  }
  int(n: number) {
    this.uint(n < 0 ? -2 * n - 1 : 2 * n);
  }
  text(s: string) {
    const bytes = new TextEncoder().encode(s);
    this.uint(bytes.length);
    this.room(bytes.length);
    this.buf.set(bytes, this.at);
    this.at += bytes.length;
  }
  bytes() {
    return this.buf.subarray(0, this.at);
  }
}

class Reader {
  private at = 0;
  constructor(private readonly buf: Uint8Array) {}
  uint(): number {
    let n = 0;
    let mul = 1;
    for (let i = 0; i < 8; i++) {
      const b = this.buf[this.at++];
      if (b === undefined) throw new Error('truncated');
      n += (b & 0x7f) * mul;
      if (b < 0x80) return n;
      mul *= 0x80;
    }
    throw new Error('bad number');
  }
  int(): number {
    const u = this.uint();
    return u % 2 === 1 ? -(u + 1) / 2 : u / 2;
  }
  text(): string {
    const n = this.uint();
    if (n > MAX_TEXT_BYTES || this.at + n > this.buf.length) throw new Error('bad text');
    const s = new TextDecoder('utf-8', { fatal: true }).decode(this.buf.subarray(this.at, this.at + n));
    this.at += n;
    return s;
  }
  done(): boolean {
    return this.at === this.buf.length;
  }
}

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(s: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(s) || s.length % 4 === 1) throw new Error('not base64url');
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Adler-32, as the zlib wrapper's trailer holds it (fflate writes it but does not check it when reading). */
function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (let i = 0; i < bytes.length; i++) {
    a = (a + (bytes[i] as number)) % 65521;
    b = (b + a) % 65521;
  }
  return b * 65536 + a;
}

/** The sketches as the `sk=` value of a link (empty list: the empty string). */
export function encodeSketches(sketches: readonly LinkSketch[]): string {
  if (sketches.length === 0) return '';
  const w = new Writer();
  w.uint(VERSION);
  w.uint(sketches.length);
  let x = 0;
  let y = 0;
  for (const s of sketches) {
    w.uint(KINDS.indexOf(s.kind));
    w.text(s.label);
    w.text(s.note);
    w.uint(s.coords.length);
    for (const [lng, lat] of s.coords) {
      const nx = Math.round(lng * SCALE);
      const ny = Math.round(lat * SCALE);
      w.int(nx - x);
      w.int(ny - y);
      x = nx;
      y = ny;
    }
  }
  return toBase64Url(zlibSync(w.bytes(), { level: 9 }));
}

/** What a link's `sk=` value holds: the sketches, or why they could not be read. */
export type DecodeResult = { ok: true; sketches: LinkSketch[] } | { ok: false; reason: string };

/** Reads a `sk=` value; never throws: a damaged value is `ok: false`, with nothing half-read. */
export function decodeSketches(value: string): DecodeResult {
  try {
    if (value.length > MAX_VALUE_CHARS) return { ok: false, reason: 'too long' };
    if (value === '') return { ok: true, sketches: [] };
    const packed = fromBase64Url(value);
    const inflated = unzlibSync(packed);
    const n4 = packed.length;
    const stored =
      (packed[n4 - 4] ?? 0) * 2 ** 24 +
      ((packed[n4 - 3] ?? 0) << 16) +
      ((packed[n4 - 2] ?? 0) << 8) +
      (packed[n4 - 1] ?? 0);
    if (adler32(inflated) !== stored) return { ok: false, reason: 'checksum' };
    if (inflated.length > MAX_INFLATED) return { ok: false, reason: 'too big' };
    const r = new Reader(inflated);
    if (r.uint() !== VERSION) return { ok: false, reason: 'unknown version' };
    const n = r.uint();
    if (n < 1 || n > MAX_SKETCHES) return { ok: false, reason: 'bad count' };
    const sketches: LinkSketch[] = [];
    let x = 0;
    let y = 0;
    let vertices = 0;
    for (let i = 0; i < n; i++) {
      const kind = KINDS[r.uint()];
      if (!kind) return { ok: false, reason: 'bad kind' };
      const label = r.text();
      const note = r.text();
      const m = r.uint();
      vertices += m;
      if (m < MIN_VERTICES[kind] || (kind === 'point' && m !== 1) || vertices > MAX_VERTICES)
        return { ok: false, reason: 'bad vertices' };
      const coords: LngLat[] = [];
      for (let j = 0; j < m; j++) {
        x += r.int();
        y += r.int();
        const lng = x / SCALE;
        const lat = y / SCALE;
        if (!(Math.abs(lng) <= 180 && Math.abs(lat) <= 90)) return { ok: false, reason: 'out of range' };
        coords.push([lng, lat]);
      }
      sketches.push({ kind, coords, label, note });
    }
    if (!r.done()) return { ok: false, reason: 'trailing bytes' };
    return { ok: true, sketches };
  } catch (e) {
    return { ok: false, reason: e instanceof Error ? e.message : String(e) };
  }
}
