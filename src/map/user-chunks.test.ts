import { describe, expect, it } from 'vitest';
import { serialiseCollection } from '../import/layer-data';
import { chunkOfSource, chunkParts, chunkSourceId, chunkStarts } from './user-chunks';

const points = (n: number) =>
  serialiseCollection({
    type: 'FeatureCollection',
    features: Array.from({ length: n }, (_, i) => ({
      type: 'Feature' as const,
      id: `p${i}`,
      properties: { name: `Điểm ${i}` },
      geometry: { type: 'Point' as const, coordinates: [106 + i / 1e4, 21.5] },
    })),
  });

describe('a layer cut into sources', () => {
  it('cuts at about the byte size given, and each part is a collection of its features', async () => {
    const data = points(1000);
    const starts = chunkStarts(data, 10_000);
    expect(starts[0]).toBe(0);
    expect(starts.length).toBeGreaterThan(5);
    const ends = [...starts.slice(1), data.count];
    const all: unknown[] = [];
    for (const [k, from] of starts.entries()) {
      const text = await new Blob(chunkParts(data, from, ends[k] as number)).text();
      const fc = JSON.parse(text) as { features: { id: string }[] };
      expect(text.length).toBeLessThan(12_000);
      expect(fc.features[0]?.id).toBe(`p${from}`);
      all.push(...fc.features);
    }
    expect(all).toHaveLength(1000);
  });

  it('keeps a small layer, or an empty one, in one source under its own id', async () => {
    expect(chunkStarts(points(10))).toEqual([0]);
    const empty = points(0);
    expect(chunkStarts(empty)).toEqual([0]);
    expect(JSON.parse(await new Blob(chunkParts(empty, 0, 0)).text())).toEqual({
      type: 'FeatureCollection',
      features: [],
    });
    expect(chunkSourceId('user-a', 0)).toBe('user-a');
    expect(chunkSourceId('user-a', 3)).toBe('user-a~3');
    expect(chunkOfSource('user-a~3')).toEqual({ layerId: 'user-a', k: 3 });
    expect(chunkOfSource('user-a')).toEqual({ layerId: 'user-a', k: 0 });
  });
});
