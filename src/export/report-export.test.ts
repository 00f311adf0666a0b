import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { landReport, prepareLayer } from '../analysis/land-report';
import { reportCsv, reportGeoJson } from './report-export';

const box = (w: number, s: number, e: number, n: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ],
  ],
});
const parcel = box(106.76, 21.85, 106.762, 21.852);
const layer = prepareLayer({
  id: 'lu',
  title: { vi: 'Sử dụng đất', en: 'Land use' },
  credit: { vi: 'tệp', en: 'file' },
  kind: 'user',
  features: [
    {
      id: '0',
      geometry: box(106.759, 21.849, 106.761, 21.853),
      properties: { ma: 'ONT', sources: ['https://x.org/a'] },
    },
    {
      id: '1',
      geometry: box(106.761, 21.851, 106.77, 21.86),
      properties: { ma: 'LUC', accuracy: 'schematic' },
    },
  ],
});
const report = landReport(parcel, [layer]);

describe('the report exported', () => {
  it('as CSV: the corners with VN-2000 X and Y, then each answer with its share, Vietnamese style', () => {
    const csv = reportCsv(report, (_, id) => `feature ${id}`, 'vi');
    expect(csv.startsWith('\uFEFFsection;n;lon;lat;x_vn2000;y_vn2000')).toBe(true);
    const lines = csv.trim().split(/\r?\n/);
    expect(lines.filter((l) => l.startsWith('corner'))).toHaveLength(4);
    const ont = lines.find((l) => l.includes('feature 0'));
    expect(ont).toMatch(/;overlaps;50(,0)?;0;;https:\/\/x\.org\/a$/);
    // A schematic mark gets no share, only "near a schematic mark".
    expect(lines.find((l) => l.includes('feature 1'))).toMatch(/;near-schematic;;0;schematic;$/);
  });

  it('as GeoJSON: the parcel with its measures and answers', () => {
    const fc = reportGeoJson(parcel, report, { title: 't', note: 'not a certificate', made: '2026-12-07' });
    const p = fc.features[0]?.properties ?? {};
    expect(fc.features[0]?.geometry).toEqual(parcel);
    expect(p.area_m2).toBeCloseTo(report.measure.areaM2, 1);
    expect(p.note).toBe('not a certificate');
    expect(p.answers[0].hits.map((h: { share: number | null }) => h.share)).toEqual([0.5, null]);
  });
});
