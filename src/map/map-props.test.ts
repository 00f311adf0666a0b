import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../geodata/catalog';
import { changedParts, type MapShown } from './map-props';

const base: MapShown = {
  data: new Map(),
  catalog: CATALOG,
  lang: 'vi',
  baseMap: 'embedded',
  visible: new Set(['roads']),
  order: ['roads'],
  opacity: {},
  phases: null,
  siteLayers: ['kcn'],
  siteStyle: { shown: null, ranks: null },
  swipe: null,
  user: [],
  measure: null,
  cameraRequest: null,
  popup: null,
  dataSettled: false,
};

const parts = (next: Partial<MapShown>) => [...changedParts(base, { ...base, ...next })].sort();

describe('changedParts: one diff of the map props', () => {
  it('sets every part the first time, nothing when nothing changed', () => {
    expect(changedParts(null, base).size).toBe(10);
    expect(parts({})).toEqual([]);
  });

  it('a layer toggle is the look alone; so are phases, sites and the compared plan when they really change', () => {
    expect(parts({ visible: new Set() })).toEqual(['look']);
    expect(parts({ phases: ['2030'] })).toEqual(['look']);
    // New arrays and sets of the same content are no change.
    expect(parts({ siteLayers: ['kcn'], phases: null, siteStyle: { shown: null, ranks: null } })).toEqual([]);
    expect(parts({ siteStyle: { shown: new Set(['a']), ranks: null } })).toEqual(['look']);
    const swipe = { plan: ['2030'], labels: ['a', 'b'] as [string, string], handleLabel: 'h' };
    const comparing = { ...base, swipe };
    expect([...changedParts(comparing, { ...comparing, swipe: { ...swipe, plan: ['2030'] } })]).toEqual([]);
    expect([...changedParts(comparing, { ...comparing, swipe: { ...swipe, plan: ['2050'] } })]).toEqual([
      'look',
    ]);
  });

  it('the camera moves for a new request only, the popup reopens for another popup only', () => {
    const cam = { camera: null, seq: 1 };
    const asked = { ...base, cameraRequest: cam };
    expect([...changedParts(base, asked)]).toEqual(['camera']);
    expect([...changedParts(asked, { ...asked, cameraRequest: { ...cam } })]).toEqual([]);
    const popup = { key: 'a@anchor', at: [106, 22] as [number, number], label: 'A', content: null };
    const open = { ...base, popup };
    expect([...changedParts(base, open)]).toEqual(['popup']);
    expect([...changedParts(open, { ...open, popup: { ...popup, label: 'A again' } })]).toEqual([]);
    expect([...changedParts(open, base)]).toEqual(['popup']);
  });

  it('each other prop is its own part', () => {
    expect(parts({ lang: 'en' })).toEqual(['lang']);
    expect(parts({ baseMap: 'osm' })).toEqual(['baseMap']);
    expect(parts({ data: new Map() })).toEqual(['data']);
    expect(parts({ catalog: [...CATALOG] })).toEqual(['catalog']);
    expect(parts({ user: [] })).toEqual(['user']);
    expect(parts({ measure: { mode: 'line', points: [] } })).toEqual(['measure']);
    expect(parts({ dataSettled: true })).toEqual(['settled']);
  });
});
