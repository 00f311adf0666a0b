import { describe, expect, it } from 'vitest';
import { parseParcel } from '../import/parse-parcel';
import { gridById } from '../import/vn2000';
import { cornerTableCsv, gridCorners } from './corner-table';

const CERTIFICATE = [
  '1\t2417140,52\t449158,03',
  '2\t2417152,87\t449171,40',
  '3\t2417135,20\t449187,66',
  '4\t2417122,95\t449174,10',
].join('\n');

describe('corner table', () => {
  it('gives back a pasted certificate’s corners to the centimetre, with its sides', () => {
    const p = parseParcel(CERTIFICATE);
    const ring = p.corners.map((c) => c.lngLat);
    const corners = gridCorners([...ring, ring[0] as [number, number]]);
    expect(corners.map((c) => [c.point, c.x.toFixed(2), c.y.toFixed(2), c.edge.toFixed(2)])).toEqual([
      [1, '2417140.52', '449158.03', '18.20'],
      [2, '2417152.87', '449171.40', '24.01'],
      [3, '2417135.20', '449187.66', '18.27'],
      [4, '2417122.95', '449174.10', '23.81'],
    ]);
  });

  it('writes CSV with a byte-order mark, the grid, and headings in both languages', () => {
    const ring = parseParcel(CERTIFICATE).corners.map((c) => c.lngLat);
    const csv = cornerTableCsv(ring);
    expect(csv.startsWith('\uFEFF# VN-2000 / TM-3 107°15′ (EPSG:9215)\r\n')).toBe(true);
    expect(csv.split('\r\n').slice(1, 3)).toEqual([
      'Điểm/Point,X (m),Y (m),Cạnh/Edge (m)',
      '1,2417140.52,449158.03,18.20',
    ]);
    const utm = gridById('vn-utm48');
    if (!utm) throw new Error('no grid');
    expect(cornerTableCsv(ring, utm)).toContain('# VN-2000 / UTM 48N (EPSG:3405)');
  });
});
