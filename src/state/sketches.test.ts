import { describe, expect, it } from 'vitest';
import { freshState } from '../../tests/fixtures/app-state';
import { mapDraws, SKETCH_LAYER_ID } from './map-draws';
import { decodeSketches } from './sketch-link';
import { type Sketch, sketchesOf, sketchesWithLink, withSketches } from './sketches';

const parcel: Sketch = {
  type: 'Feature',
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
  properties: { id: 'sk-a', label: 'Thửa 12', note: 'mua 2024' },
};
const well: Sketch = {
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [106.7612345, 21.8534567] },
  properties: { id: 'sk-b', label: 'Giếng', note: '' },
};

describe('sketches', () => {
  it('are one layer of the user’s data, on top, with the link’s value made again', () => {
    const s = withSketches(freshState(), [parcel, well], 'Phác thảo', 8000);
    expect(s.imported.map((l) => l.id)).toEqual([SKETCH_LAYER_ID]);
    expect(sketchesOf(s)).toEqual([parcel, well]);
    const r = decodeSketches(s.sketchLink ?? '');
    expect(r.ok && r.sketches.map((k) => [k.kind, k.label, k.coords.length])).toEqual([
      ['polygon', 'Thửa 12', 3],
      ['point', 'Giếng', 1],
    ]);
    // The maps draw it like an imported layer, except while the drawing tools hold it.
    expect(mapDraws(s).user.map((u) => [u.id, u.visible])).toEqual([[SKETCH_LAYER_ID, true]]);
    expect(mapDraws(s, true).user.map((u) => u.visible)).toEqual([false]);
  });

  it('leave the link when it would grow past the room, and the layer when none is left', () => {
    const s = withSketches(freshState(), [parcel, well], 'Phác thảo', 20);
    expect(s.sketchLink).toBeNull();
    expect(sketchesOf(s)).toHaveLength(2);
    const none = withSketches(s, [], 'Phác thảo', 8000);
    expect(none.imported).toEqual([]);
    expect(none.sketchLink).toBeNull();
  });

  it('from a link are added to the user’s own once, and a damaged value changes nothing', () => {
    const value = withSketches(freshState(), [parcel, well], 'x', 8000).sketchLink ?? '';
    const own: Sketch[] = [{ ...well, properties: { ...well.properties, id: 'mine' } }];
    const merged = sketchesWithLink(own, value);
    expect(merged?.map((f) => f.properties.label)).toEqual(['Giếng', 'Thửa 12']);
    expect(sketchesWithLink(merged ?? [], value)).toHaveLength(2);
    expect(sketchesWithLink(own, `${value.slice(0, -3)}`)).toBeNull();
  });
});
