import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_STYLES, type ExportLayer, toCsv, toGeoJson } from './export-data';

const layers: ExportLayer[] = [
  {
    id: 'industrial-parks',
    title: 'Khu công nghiệp',
    attribution: 'QĐ 236/QĐ-TTg · KH 267/KH-UBND',
    features: [
      {
        type: 'Feature',
        id: 'kcn-vsip-huu-lung',
        properties: {
          name: { vi: 'KCN Hữu Lũng', en: 'Hữu Lũng IP' },
          kind: 'kcn',
          provisional: false,
          sources: ['seeds/003_x.txt', 'https://example.org/a'],
          facts: [{ key: 'area_ha', value: 599.76 }],
        },
        geometry: { type: 'Point', coordinates: [106.347, 21.481] },
      },
    ],
  },
  {
    id: 'user-abc',
    title: 'ranh giới, "khảo sát"',
    attribution: 'Dữ liệu của người dùng',
    features: [
      {
        type: 'Feature',
        id: 'f1',
        properties: { ten: 'Khu A', dien_tich: 12.5, styleUrl: '#poly', 'fill-opacity': 0.25 },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [106.7, 21.8],
              [106.71, 21.8],
              [106.71, 21.81],
              [106.7, 21.81],
              [106.7, 21.8],
            ],
          ],
        },
      },
    ],
  },
];

describe('export', () => {
  it('writes GeoJSON with full geometry, flat properties, the layer and every credit', () => {
    const fc = toGeoJson(layers);
    expect(fc.attribution).toEqual(['QĐ 236/QĐ-TTg · KH 267/KH-UBND', 'Dữ liệu của người dùng']);
    expect(fc.features).toHaveLength(2);
    const [vsip, area] = fc.features;
    expect(vsip?.properties).toMatchObject({
      layer: 'industrial-parks',
      id: 'kcn-vsip-huu-lung',
      name_vi: 'KCN Hữu Lũng',
      name_en: 'Hữu Lũng IP',
      sources: 'seeds/003_x.txt ; https://example.org/a',
      facts: '[{"key":"area_ha","value":599.76}]',
      attribution: 'QĐ 236/QĐ-TTg · KH 267/KH-UBND',
    });
    expect(area?.geometry.type).toBe('Polygon');
  });

  it('writes CSV a spreadsheet opens: one point per feature, quoted text, credits in each row', () => {
    const csv = toCsv(layers);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const { data } = Papa.parse<Record<string, string>>(csv.slice(1), { header: true });
    expect(data).toHaveLength(2);
    expect(data[0]).toMatchObject({
      layer: 'industrial-parks',
      lon: '106.347',
      lat: '21.481',
      point_kind: 'point',
    });
    expect(data[1]).toMatchObject({
      layer_title: 'ranh giới, "khảo sát"',
      ten: 'Khu A',
      point_kind: 'representative',
    });
    // A point inside the square.
    expect(Number(data[1]?.lon)).toBeGreaterThan(106.7);
    expect(Number(data[1]?.lon)).toBeLessThan(106.71);
    expect(Object.keys(data[0] ?? {}).at(-1)).toBe('attribution');
  });

  it('writes the CSV Vietnamese Excel expects: semicolons and decimal commas', () => {
    const csv = toCsv(layers, CSV_STYLES.vi);
    const { data } = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, delimiter: ';' });
    expect(data[0]).toMatchObject({ lon: '106,347', lat: '21,481' });
    expect(data[1]?.area_ha).toBe('114,8');
    expect(data[1]?.layer_title).toBe('ranh giới, "khảo sát"');
  });

  it("keeps a file's own lon/lat columns beside the point's, and writes no float noise", () => {
    const converted: ExportLayer = {
      id: 'user-survey',
      title: 'khảo sát',
      attribution: 'Dữ liệu của người dùng',
      features: [
        {
          type: 'Feature',
          id: 'f1',
          // As a swapped table keeps its cells: "lon" held the latitude.
          properties: { ten: 'Mốc 1', lon: 21.8468, lat: 106.7598 },
          geometry: { type: 'Point', coordinates: [106.75999999999999, 21.846800000000002] },
        },
      ],
    };
    const { data } = Papa.parse<Record<string, string>>(toCsv([converted]).slice(1), { header: true });
    expect(data[0]).toMatchObject({
      lon: '106.76',
      lat: '21.8468',
      lon_in_file: '21.8468',
      lat_in_file: '106.7598',
    });
  });
});
