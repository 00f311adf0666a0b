import { kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { toKml } from './sketch-kml';

const features: Feature[] = [
  {
    type: 'Feature',
    properties: { label: 'Thửa <12> & "B"', note: 'mua năm 2024' },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [106.76, 21.85],
          [106.761, 21.85],
          [106.761, 21.851],
          [106.76, 21.85],
        ],
      ],
    },
  },
  {
    type: 'Feature',
    properties: { label: 'Đường đi', note: '' },
    geometry: {
      type: 'LineString',
      coordinates: [
        [106.7, 21.8],
        [106.71, 21.81],
      ],
    },
  },
  {
    type: 'Feature',
    properties: { label: 'Giếng', note: '' },
    geometry: { type: 'Point', coordinates: [106.7612345, 21.8534567] },
  },
];

describe('sketches as KML', () => {
  it('reads back (with the importer’s own KML reader) as the same shapes, labels and notes', () => {
    const text = toKml('Phác thảo', features);
    const back = kml(new DOMParser().parseFromString(text, 'text/xml') as unknown as Document);
    expect(
      back.features.map((f) => [f.geometry?.type, f.properties?.name, f.properties?.description ?? '']),
    ).toEqual([
      ['Polygon', 'Thửa <12> & "B"', 'mua năm 2024'],
      ['LineString', 'Đường đi', ''],
      ['Point', 'Giếng', ''],
    ]);
    expect(back.features.map((f) => f.geometry)).toEqual(features.map((f) => f.geometry));
  });
});
