import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { PictureLayer } from '../../geodata/picture-layers';
import { pictureFrame } from '../analysis/picture-frame';
import { escapeXml, isLoose, pathOf, provinceSvg, wrapCredits } from './province-svg';

const frame = pictureFrame([106, 21, 107, 22], 400, 10);
const point = (id: string, lngLat: [number, number], props: Record<string, unknown>) => ({
  type: 'Feature' as const,
  id,
  properties: props,
  geometry: { type: 'Point' as const, coordinates: lngLat },
});
const sites: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    point('sourced', [106.2, 21.5], { accuracy: 'approximate', provisional: false }),
    point('sketched', [106.8, 21.5], { accuracy: 'schematic', provisional: false }),
  ],
};
const road: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { accuracy: 'schematic', inferred: true },
      geometry: {
        type: 'LineString',
        coordinates: [
          [106.1, 21.1],
          [106.5, 21.5],
          [106.9, 21.9],
        ],
      },
    },
  ],
};
const siteLayer: PictureLayer = {
  id: 'sites',
  file: 'x',
  draw: 'point',
  color: '#6a3d9a',
  size: 5,
  plan: true,
  attribution: 'plan',
};
const roadLayer: PictureLayer = { ...siteLayer, id: 'roads', draw: 'line', size: 2 };

describe('the static picture of the province', () => {
  it('escapes text and attribute values', () => {
    expect(escapeXml(`<a href="x">T&C's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;T&amp;C&apos;s&lt;/a&gt;');
  });

  it('tells loose plan features as the map does', () => {
    expect(isLoose({ provisional: true })).toBe(true);
    expect(isLoose({ accuracy: 'schematic' })).toBe(true);
    expect(isLoose({ inferred: true })).toBe(true);
    expect(isLoose({ accuracy: 'approximate', provisional: false })).toBe(false);
    expect(isLoose(null)).toBe(false);
  });

  it('draws sourced sites filled and sketched ones hollow', () => {
    const svg = provinceSvg(frame, [{ layer: siteLayer, fc: sites }], ['QĐ 236'], '#dfe7ea');
    const circles = [...svg.matchAll(/<circle [^>]*>/g)].map((m) => m[0]);
    expect(circles).toHaveLength(2);
    expect(circles[0]).toContain('fill="#6a3d9a"');
    expect(circles[1]).toContain('fill="#ffffff"');
    expect(circles[1]).toContain('stroke="#6a3d9a"');
  });

  it('dashes schematic or inferred lines', () => {
    const svg = provinceSvg(frame, [{ layer: roadLayer, fc: road }], [], '#fff');
    expect(svg).toMatch(/<path d="M[^"]+" fill="none"[^>]*stroke-dasharray="4 2.4"/);
  });

  it('drops points closer than a pixel and keeps the ends', () => {
    const d = pathOf(
      frame,
      [
        [106, 21],
        [106.0001, 21.0001],
        [106.5, 21.5],
        [106.5001, 21.5],
      ],
      false,
    );
    expect(d.match(/[ML]/g)).toHaveLength(3);
  });

  it('prints the credits, escaped, and keeps data out of the markup', () => {
    const hostile: FeatureCollection = {
      type: 'FeatureCollection',
      features: [point('x', [106.5, 21.5], { name: '<script>alert(1)</script>' })],
    };
    const svg = provinceSvg(
      frame,
      [{ layer: { ...siteLayer, id: 'a"b' }, fc: hostile }],
      ['© ODM & co <x>'],
      '#fff',
    );
    expect(svg).toContain('© ODM &amp; co &lt;x&gt;');
    expect(svg).toContain('data-layer="a&quot;b"');
    expect(svg).not.toContain('<script');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  });

  it('fills an area by a property where the layer says so', () => {
    const land = (country: string) => ({
      type: 'Feature' as const,
      properties: { country },
      geometry: {
        type: 'Polygon' as const,
        coordinates: [
          [
            [106.1, 21.1],
            [106.5, 21.1],
            [106.5, 21.5],
            [106.1, 21.1],
          ],
        ],
      },
    });
    const svg = provinceSvg(
      frame,
      [
        {
          layer: {
            ...siteLayer,
            draw: 'area',
            plan: false,
            fill: '#f1eee7',
            fillBy: { property: 'country', colors: { CN: '#ebe5dc' } },
          },
          fc: { type: 'FeatureCollection', features: [land('VN'), land('CN')] },
        },
      ],
      [],
      '#fff',
    );
    expect([...svg.matchAll(/fill="(#[0-9a-f]{6})" fill-rule/g)].map((m) => m[1])).toEqual([
      '#f1eee7',
      '#ebe5dc',
    ]);
  });

  it('wraps credits between credits, never inside one', () => {
    expect(wrapCredits(['aaaa', 'bbbb', 'cccccccc'], 12)).toEqual(['aaaa · bbbb', 'cccccccc']);
  });
});
