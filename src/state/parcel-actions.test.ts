import { describe, expect, it } from 'vitest';
import { freshState } from '../../tests/fixtures/app-state';
import { makeImportedLayer } from '../import/imported-store';
import { serialiseCollection } from '../import/layer-data';
import { showParcel } from './parcel-actions';

describe('showParcel', () => {
  it('adds the parcel as a layer of the user’s and opens its popup, closing what was open', () => {
    const data = serialiseCollection({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: {},
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
      ],
    });
    const layer = makeImportedLayer('Thửa đất (dán tọa độ)', 'geojson', data);
    const before = freshState({ popup: { kind: 'plan', id: 'x', fly: false } });
    const s = showParcel(before, layer, [106.7607, 21.8503]);
    expect(s.imported.map((l) => l.name)).toEqual(['Thửa đất (dán tọa độ)']);
    expect(s.popup).toEqual({ kind: 'user', key: `${layer.id}/0`, at: [106.7607, 21.8503] });
    expect(before.imported).toEqual([]);
  });
});
