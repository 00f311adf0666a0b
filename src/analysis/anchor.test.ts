import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { anchorOf, boundsOf, collectionBounds } from './anchor';

describe('anchorOf', () => {
  it('is the point itself for a point', () => {
    expect(
      anchorOf({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [106.7, 21.9] } }),
    ).toEqual([106.7, 21.9]);
  });

  it('lies inside a concave polygon whose centroid is outside it', () => {
    // A "U" shape: its centroid falls in the notch.
    const u: Feature<Polygon> = {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [106, 21],
            [107, 21],
            [107, 22],
            [106.8, 22],
            [106.8, 21.2],
            [106.2, 21.2],
            [106.2, 22],
            [106, 22],
            [106, 21],
          ],
        ],
      },
    };
    expect(booleanPointInPolygon(anchorOf(u), u)).toBe(true);
    expect(boundsOf(u)).toEqual([106, 21, 107, 22]);
  });

  it('gives the box of a whole collection, or null when it is empty', () => {
    expect(
      collectionBounds({
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [106.5, 21.6] } },
          { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [106.9, 21.9] } },
        ],
      }),
    ).toEqual([106.5, 21.6, 106.9, 21.9]);
    expect(collectionBounds({ type: 'FeatureCollection', features: [] })).toBeNull();
  });
});
