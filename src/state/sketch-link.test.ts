import fc from 'fast-check';
import { zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { LngLat } from '../types/core';
import { decodeSketches, encodeSketches, type LinkSketch } from './sketch-link';

const lngLat: fc.Arbitrary<LngLat> = fc.tuple(
  fc.integer({ min: -1_800_000_000, max: 1_800_000_000 }).map((n) => n / 1e7),
  fc.integer({ min: -900_000_000, max: 900_000_000 }).map((n) => n / 1e7),
);
const sketch: fc.Arbitrary<LinkSketch> = fc
  .oneof(
    fc.record({
      kind: fc.constant('point' as const),
      coords: fc.array(lngLat, { minLength: 1, maxLength: 1 }),
    }),
    fc.record({
      kind: fc.constant('line' as const),
      coords: fc.array(lngLat, { minLength: 2, maxLength: 30 }),
    }),
    fc.record({
      kind: fc.constant('polygon' as const),
      coords: fc.array(lngLat, { minLength: 3, maxLength: 30 }),
    }),
  )
  .chain((g) =>
    fc.record({
      kind: fc.constant(g.kind),
      coords: fc.constant(g.coords),
      label: fc.string({ unit: 'grapheme', maxLength: 40 }),
      note: fc.string({ unit: 'grapheme', maxLength: 200 }),
    }),
  );

/** A parcel-like ring near Lạng Sơn city: vertices `step` metres apart, turning gently. */
function parcel(n: number, step: number, seed = 1): LngLat[] {
  let s = seed;
  const rnd = () => {
    s = (s * 1664525 + 1013904223) % 4294967296;
    return s / 4294967296;
  };
  let x = 106.76;
  let y = 21.85;
  let a = 0;
  const out: LngLat[] = [];
  for (let i = 0; i < n; i++) {
    a += (rnd() - 0.5) * 1.2;
    const d = step * (0.5 + rnd());
    x += (d * Math.cos(a)) / 103_000;
    y += (d * Math.sin(a)) / 111_000;
    out.push([x, y]);
  }
  return out;
}

describe('sketches in a link', () => {
  it('decode(encode(sketches)) gives them back, at 1e-7 degrees (about 1 cm)', () => {
    fc.assert(
      fc.property(fc.array(sketch, { minLength: 1, maxLength: 6 }), (list) => {
        const value = encodeSketches(list);
        expect(value).toMatch(/^[A-Za-z0-9_-]+$/);
        const back = decodeSketches(value);
        expect(back).toEqual({ ok: true, sketches: list });
      }),
      { numRuns: 300 },
    );
  });

  it('rounds coordinates to 1e-7 degrees', () => {
    const r = decodeSketches(
      encodeSketches([{ kind: 'point', coords: [[106.761234567, 21.853456789]], label: 'Giếng', note: '' }]),
    );
    expect(r).toEqual({
      ok: true,
      sketches: [{ kind: 'point', coords: [[106.7612346, 21.8534568]], label: 'Giếng', note: '' }],
    });
  });

  it('no sketches is the empty value', () => {
    expect(encodeSketches([])).toBe('');
    expect(decodeSketches('')).toEqual({ ok: true, sketches: [] });
  });

  // The measured table in docs/sketches.md comes from these cases (10 m between vertices).
  it('fits a 400-vertex parcel under 2,000 characters and 1,700 vertices under 8,000', () => {
    const one = (n: number) =>
      encodeSketches([{ kind: 'polygon', coords: parcel(n, 10), label: 'Thửa 12', note: '' }]);
    expect(one(400).length).toBeLessThanOrEqual(2000);
    expect(one(1700).length).toBeLessThanOrEqual(8000);
    // About 4.5 characters a vertex: the ceiling the share dialog's limit is explained with.
    expect(one(1700).length / 1700).toBeGreaterThan(3.5);
    expect(one(1700).length / 1700).toBeLessThan(5);
  });

  it('refuses damaged values without throwing, whatever they are', () => {
    const good = encodeSketches([{ kind: 'polygon', coords: parcel(12, 10), label: 'A', note: 'b' }]);
    for (const bad of [
      'x', // one character of base64 is no byte
      good.slice(0, -6), // cut short
      `${good.slice(0, 10)}${good[10] === 'A' ? 'B' : 'A'}${good.slice(11)}`, // a character changed
      'AAAA', // not DEFLATE
      '!!!!',
    ])
      expect(decodeSketches(bad).ok).toBe(false);
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const r = decodeSketches(s);
        if (r.ok)
          for (const k of r.sketches)
            for (const [x, y] of k.coords) expect(Math.abs(x) + Math.abs(y)).toBeLessThan(271);
      }),
    );
  });

  it('refuses well-compressed values that break the format (kind, vertex counts, version, trailing bytes)', () => {
    const b64 = (bytes: number[]) =>
      btoa(String.fromCharCode(...zlibSync(new Uint8Array(bytes))))
        .replace(/\+/g, '-')
        .replace(/\//g, '_')
        .replace(/=+$/, '');
    // version 1, one sketch, kind 2 (polygon), empty label and note, 2 vertices: too few for a polygon.
    expect(decodeSketches(b64([1, 1, 2, 0, 0, 2, 0, 0, 0, 0]))).toMatchObject({ ok: false });
    expect(decodeSketches(b64([1, 1, 7, 0, 0, 1, 0, 0]))).toMatchObject({ ok: false, reason: 'bad kind' });
    expect(decodeSketches(b64([9, 1, 0, 0, 0, 1, 0, 0]))).toMatchObject({
      ok: false,
      reason: 'unknown version',
    });
    expect(decodeSketches(b64([1, 1, 0, 0, 0, 1, 0, 0, 5]))).toMatchObject({
      ok: false,
      reason: 'trailing bytes',
    });
    expect(decodeSketches(b64([1, 1, 0, 0, 0, 1, 0, 0]))).toMatchObject({ ok: true });
  });
});
