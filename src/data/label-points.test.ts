import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { fillTemplate, labelPoints } from './label-points';

describe('labelPoints', () => {
  it('puts one bilingual label per polygon at its prepared label point', () => {
    const fc: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature' as const,
          id: 'd1',
          properties: { name: 'Cao Lộc', label_lon: 106.8, label_lat: 21.9 },
          geometry: { type: 'Polygon' as const, coordinates: [] },
        },
        {
          type: 'Feature' as const,
          id: 'd2',
          properties: { name: 'No point' },
          geometry: { type: 'Point' as const, coordinates: [106.7, 21.8] },
        },
      ],
    };
    const out = labelPoints(fc, { vi: '{name} (trước 2025)', en: '{name} (pre-2025)' });
    expect(out.features).toEqual([
      {
        type: 'Feature',
        id: 'd1',
        properties: { label_vi: 'Cao Lộc (trước 2025)', label_en: 'Cao Lộc (pre-2025)' },
        geometry: { type: 'Point', coordinates: [106.8, 21.9] },
      },
    ]);
  });

  it('falls back through alternatives in a placeholder', () => {
    expect(fillTemplate('{name_en|name}', { name: 'Cao Bằng' })).toBe('Cao Bằng');
    expect(fillTemplate('{name_en|name}', { name: 'Quảng Tây', name_en: 'Guangxi' })).toBe('Guangxi');
    expect(fillTemplate('{missing}', {})).toBe('');
  });
});
