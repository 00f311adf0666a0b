import fc from 'fast-check';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { decodeParcel, encodeParcel, type ReportParcel } from './report-ref';

const lng = fc.integer({ min: 1_050_000_000, max: 1_080_000_000 }).map((n) => n / 1e7);
const lat = fc.integer({ min: 210_000_000, max: 230_000_000 }).map((n) => n / 1e7);
const ring = fc
  .array(fc.tuple(lng, lat), { minLength: 3, maxLength: 20 })
  .map((r): Position[] => [...r, r[0] as Position]);

describe('the report parcel in a link', () => {
  it('gives back every shape to 1e-7° (about 1 cm)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(ring, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }),
        (polys) => {
          const parcel: ReportParcel = {
            kind: 'shape',
            geometry:
              polys.length === 1
                ? { type: 'Polygon', coordinates: polys[0] as Position[][] }
                : { type: 'MultiPolygon', coordinates: polys },
          };
          const ref = encodeParcel(parcel);
          if (ref === null) return;
          expect(ref).toMatch(/^g\.[A-Za-z0-9_~!-]+$/);
          const back = decodeParcel(ref);
          expect(back?.kind).toBe('shape');
          const flat = (p: ReportParcel | null) =>
            p?.kind === 'shape' ? JSON.stringify(p.geometry.coordinates.flat(3)) : null;
          expect(flat(back)).toBe(flat(parcel));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('names a point by its coordinates and an imported feature by its layer and number', () => {
    expect(encodeParcel({ kind: 'point', at: [106.7612345678, 21.85] })).toBe('p.106.761235,21.85');
    expect(decodeParcel('p.106.761235,21.85')).toEqual({ kind: 'point', at: [106.761235, 21.85] });
    expect(encodeParcel({ kind: 'user', key: 'user-abc/7' })).toBe('u.user-abc.7');
    expect(decodeParcel('u.user-abc.7')).toEqual({ kind: 'user', key: 'user-abc/7' });
  });

  it('reads nothing from a broken value', () => {
    for (const bad of ['', 'p.200,21', 'p.1,2,3', 'u.x', 'g.', 'g.AAAA', 'g.A$A', 'g.zzzzzz', 'q.1']) {
      expect(decodeParcel(bad)).toBeNull();
    }
  });

  it('refuses a shape too big for a link', () => {
    const big: Position[] = Array.from({ length: 600 }, (_, i) => [
      106 + Math.sin(i) * 0.1,
      21.8 + Math.cos(i) * 0.1,
    ]);
    expect(
      encodeParcel({
        kind: 'shape',
        geometry: { type: 'Polygon', coordinates: [[...big, big[0] as Position]] },
      }),
    ).toBeNull();
  });
});
