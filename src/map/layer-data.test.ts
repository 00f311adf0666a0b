import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { DataSync } from './layer-data';

const fc = (): FeatureCollection => ({ type: 'FeatureCollection', features: [] });

describe('DataSync', () => {
  it('hands a map only the collections it does not hold yet', () => {
    const given: string[] = [];
    const sync = new DataSync((id) => given.push(id));
    const roads = fc();
    const towns = fc();
    sync.hold(new Map([['roads', roads]]));
    sync.sync(new Map([['roads', roads]]));
    expect(given).toEqual([]);
    sync.sync(
      new Map([
        ['roads', roads],
        ['towns', towns],
      ]),
    );
    sync.sync(
      new Map([
        ['roads', roads],
        ['towns', towns],
      ]),
    );
    expect(given).toEqual(['towns']);
    // A new object for a layer is new data, even under the same id.
    sync.sync(
      new Map([
        ['roads', fc()],
        ['towns', towns],
      ]),
    );
    expect(given).toEqual(['towns', 'roads']);
  });
});
