import type { FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  isLayerData,
  readFeature,
  readFeatures,
  serialiseCollection,
  toOutcome,
  transferOf,
} from './layer-data';

const fc: FeatureCollection<Geometry> = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      id: 'a',
      properties: { tên: 'Chợ Đông Kinh' },
      geometry: { type: 'Point', coordinates: [106.76, 21.85] },
    },
    {
      type: 'Feature',
      id: 'b',
      properties: { note: 'ranh giới "cũ", 2024' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [106.1, 21.4],
            [107.3, 21.4],
            [107.3, 22.4],
            [106.1, 21.4],
          ],
        ],
      },
    },
    {
      type: 'Feature',
      id: 'c',
      properties: {},
      geometry: {
        type: 'LineString',
        coordinates: [
          [106.5, 21.5],
          [106.6, 21.6],
        ],
      },
    },
  ],
};

describe('serialiseCollection', () => {
  it('writes GeoJSON text that parses back to the same collection, with its box and kinds', () => {
    const data = serialiseCollection(fc);
    expect(JSON.parse(new TextDecoder().decode(data.bytes))).toEqual(fc);
    expect(data.count).toBe(3);
    expect(data.bbox).toEqual([106.1, 21.4, 107.3, 22.4]);
    expect(data.kinds).toEqual(['LineString', 'Point', 'Polygon']);
    expect(data.offsets).toHaveLength(4);
    // A buffer of its own, exactly as long as the text: transferred and stored as it is.
    expect(data.bytes.byteOffset).toBe(0);
    expect(data.bytes.buffer.byteLength).toBe(data.bytes.length);
    expect(transferOf(data)).toEqual([data.bytes.buffer, data.offsets.buffer]);
    expect(isLayerData(data)).toBe(true);
  });

  it('reads any one feature from its own bytes (multi-byte text included), and nothing past the end', () => {
    const data = serialiseCollection(fc);
    for (const [i, f] of fc.features.entries()) expect(readFeature(data, i)).toEqual(f);
    expect(readFeature(data, 3)).toBeUndefined();
    expect(readFeature(data, -1)).toBeUndefined();
    expect(readFeature(data, 0.5)).toBeUndefined();
  });

  it('reads features in chunks, with pauses, in order', async () => {
    const many: FeatureCollection<Geometry> = {
      type: 'FeatureCollection',
      features: Array.from({ length: 2500 }, (_, i) => ({
        type: 'Feature',
        id: `p${i}`,
        properties: { n: i, name: `Điểm ${i}` },
        geometry: { type: 'Point', coordinates: [106 + i / 1e4, 21.5] },
      })),
    };
    const data = serialiseCollection(many);
    expect(await readFeatures(data, 0, data.count, 1000)).toEqual(many.features);
    expect((await readFeatures(data, 10, 13)).map((f) => f.id)).toEqual(['p10', 'p11', 'p12']);
  });

  it('writes an empty collection, and reports progress up to 1', () => {
    const seen: number[] = [];
    const data = serialiseCollection({ type: 'FeatureCollection', features: [] }, (f) => seen.push(f));
    expect(JSON.parse(new TextDecoder().decode(data.bytes))).toEqual({
      type: 'FeatureCollection',
      features: [],
    });
    expect(data.bbox).toBeNull();
    expect(seen.at(-1)).toBe(1);
    expect(isLayerData(data)).toBe(true);
  });

  it('turns an accepted import into bytes, and lets a refusal pass as it is', () => {
    const accepted = toOutcome({ ok: true, format: 'geojson', fc, warnings: [] });
    expect(accepted.ok && accepted.data.count).toBe(3);
    const refused = {
      ok: false as const,
      format: 'csv' as const,
      problems: [{ code: 'empty-file' as const }],
    };
    expect(toOutcome(refused)).toBe(refused);
  });

  it('knows its shape from anything else', () => {
    const data = serialiseCollection(fc);
    expect(isLayerData({ ...data, offsets: [...data.offsets] })).toBe(false);
    expect(isLayerData({ ...data, count: 2 })).toBe(false);
    expect(isLayerData({ ...data, bytes: data.bytes.slice(0, 10) })).toBe(false);
    expect(isLayerData({ ...data, bbox: [1, 2] })).toBe(false);
    expect(isLayerData(null)).toBe(false);
  });
});
