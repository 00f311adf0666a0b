import type { Geometry, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { codeKeyOf, landReport, prepareLayer, type ReportLayer } from './land-report';
import { phraseOf } from './report-phrase';

const W = 106.76;
const S = 21.85;
const D = 0.001;
/** A box in units of D from (W, S). */
const box = (x0: number, y0: number, x1: number, y1: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [W + x0 * D, S + y0 * D],
      [W + x1 * D, S + y0 * D],
      [W + x1 * D, S + y1 * D],
      [W + x0 * D, S + y1 * D],
      [W + x0 * D, S + y0 * D],
    ],
  ],
});

const layer = (id: string, features: [string, Geometry, Record<string, unknown>][]): ReportLayer => ({
  id,
  title: { vi: id, en: id },
  credit: { vi: 'tệp của bạn', en: 'your file' },
  kind: 'user',
  features: features.map(([fid, geometry, properties]) => ({ id: fid, geometry, properties })),
});

describe('landReport', () => {
  // The parcel is the square (0,0)–(2,2). ONT covers its left half, LUC its top-right quarter
  // (and more outside it), SKK lies 1 unit (about 103 m) east of it, and a far polygon 50 units away.
  const landUse = layer('land-use', [
    ['a', box(-1, -1, 1, 3), { ma: 'ONT', sources: ['https://example.org/qh'], accuracy: 'official' }],
    ['b', box(1, 1, 4, 4), { ma: 'LUC', sources: ['https://example.org/qh'], accuracy: 'official' }],
    ['c', box(3, 0, 4, 1), { ma: 'SKK' }],
    ['d', box(50, 50, 51, 51), { ma: 'SKK' }],
  ]);
  const parcel = box(0, 0, 2, 2);

  it('gives the share of the parcel in each polygon: a half, a quarter', () => {
    const r = landReport(parcel, [prepareLayer(landUse)]);
    const [answer] = r.layers;
    const by = new Map(answer?.hits.map((h) => [h.featureId, h]));
    expect(by.get('a')?.share).toBeCloseTo(0.5, 3);
    expect(by.get('a')?.relation).toBe('overlaps');
    expect(by.get('b')?.share).toBeCloseTo(0.25, 3);
    expect(by.get('c')?.relation).toBe('near');
    expect(by.get('c')?.distanceM).toBeGreaterThan(100);
    expect(by.get('c')?.distanceM).toBeLessThan(106);
    expect(by.has('d')).toBe(false);
    expect(by.get('a')?.sources).toEqual(['https://example.org/qh']);
    expect(by.get('a')?.accuracy).toBe('official');
    expect(by.get('c')?.accuracy).toBeNull();
  });

  it("groups the shares by the layer's land-use code, largest first", () => {
    const r = landReport(parcel, [prepareLayer(landUse)]);
    expect(r.layers[0]?.codeKey).toBe('ma');
    const shares = r.layers[0]?.shares.map((x) => [x.code, Math.round(x.share * 100)]);
    expect(shares).toEqual([
      ['ONT', 50],
      ['LUC', 25],
    ]);
  });

  it('says a parcel inside a polygon lies in it (100 %), and one sharing only an edge touches it', () => {
    const r = landReport(box(0.2, 0.2, 0.8, 0.8), [prepareLayer(landUse)]);
    const a = r.layers[0]?.hits.find((h) => h.featureId === 'a');
    expect(a?.relation).toBe('in');
    expect(a?.share).toBeCloseTo(1, 6);
    const edge = landReport(box(1, -1, 2, 0), [prepareLayer(landUse)]).layers[0]?.hits.find(
      (h) => h.featureId === 'a',
    );
    expect(edge?.relation).toBe('touches');
    expect(edge?.share).toBeNull();
  });

  it('finds the polygon a point lies in, and lines and points by distance', () => {
    const point: Geometry = { type: 'Point', coordinates: [W + 1.5 * D, S + 1.5 * D] };
    const other = layer('other', [
      [
        'road',
        {
          type: 'LineString',
          coordinates: [
            [W + 1.5 * D, S + 2 * D],
            [W + 3 * D, S + 2 * D],
          ],
        },
        {},
      ],
      ['well', { type: 'Point', coordinates: [W + 1.5 * D, S + 5 * D] }, {}],
    ]);
    const r = landReport(point as never, [prepareLayer(landUse), prepareLayer(other)]);
    const hits = r.layers.flatMap((l) => l.hits.map((h) => [h.featureId, h.relation]));
    expect(hits).toEqual([
      ['b', 'in'],
      ['a', 'near'],
      ['c', 'near'],
      ['road', 'near'],
      ['well', 'near'],
    ]);
    const road = r.layers[1]?.hits[0];
    expect(road?.distanceM).toBeCloseTo(0.5 * D * 111_195, -1);
    // A point has no area: no share, and no land-use share is made up for it.
    expect(r.layers[0]?.hits[0]?.share).toBeNull();
    expect(r.layers[0]?.shares).toEqual([]);
  });

  it('leaves out the feature the parcel is', () => {
    const r = landReport(box(-1, -1, 1, 3), [prepareLayer(landUse)], {
      skip: { layerId: 'land-use', featureId: 'a' },
    });
    expect(r.layers[0]?.hits.map((h) => h.featureId)).not.toContain('a');
    expect(r.layers[0]?.hits.length).toBeGreaterThan(0);
  });

  it('looks only as far as asked', () => {
    const r = landReport(parcel, [prepareLayer(landUse)], { withinM: 50 });
    expect(r.layers[0]?.hits.map((h) => h.featureId)).toEqual(['a', 'b']);
  });
});

describe('phraseOf', () => {
  it('never says a parcel lies in a schematic or inferred mark, nor gives it a share', () => {
    expect(phraseOf({ relation: 'in', accuracy: 'schematic', inferred: false })).toEqual({
      phrase: 'near-schematic',
      showShare: false,
      approximate: true,
    });
    expect(phraseOf({ relation: 'overlaps', accuracy: 'official', inferred: true }).phrase).toBe(
      'near-schematic',
    );
    expect(phraseOf({ relation: 'overlaps', accuracy: 'approximate', inferred: false })).toEqual({
      phrase: 'overlaps',
      showShare: true,
      approximate: true,
    });
    expect(phraseOf({ relation: 'in', accuracy: 'official', inferred: false }).phrase).toBe('in');
  });

  it('leaves a schematic polygon out of the land-use shares', () => {
    const l = layer('plan', [
      ['x', box(-1, -1, 3, 3), { ma: 'SKC', accuracy: 'schematic' }],
      ['y', box(-1, -1, 1, 3), { ma: 'ONT', accuracy: 'derived' }],
    ]);
    const r = landReport(box(0, 0, 2, 2), [prepareLayer(l)]);
    expect(r.layers[0]?.shares.map((s) => s.code)).toEqual(['ONT']);
  });
});

describe('codeKeyOf', () => {
  it('finds a land-use code attribute by its Vietnamese or English name', () => {
    const f = (properties: Record<string, unknown>) => [{ id: '1', geometry: box(0, 0, 1, 1), properties }];
    expect(codeKeyOf(f({ ten: 'x', Mã_loại_đất: 'ONT' }))).toBe('Mã_loại_đất');
    expect(codeKeyOf(f({ landuse: 'LUC' }))).toBe('landuse');
    expect(codeKeyOf(f({ name: 'x' }))).toBeNull();
  });
});
