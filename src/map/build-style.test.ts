import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../geodata/catalog';
import { FONT, FONT_BOLD } from '../data/fonts';
import { buildStyle, labelSourceId, OSM_LAYER } from './build-style';

const fontFaces = {
  [FONT]: [{ url: 'http://127.0.0.1/regular.woff2', 'unicode-range': ['U+0000-00FF'] }],
  [FONT_BOLD]: [{ url: 'http://127.0.0.1/bold.woff2' }],
};

describe('buildStyle', () => {
  const style = buildStyle(CATALOG, { lang: 'vi', fontFaces });

  it('passes the MapLibre style-spec validator', () => {
    expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
  });

  it('passes the validator in English and without bundled fonts too', () => {
    expect(validateStyleMin(buildStyle(CATALOG, { lang: 'en' })).map((e) => e.message)).toEqual([]);
  });

  it('draws every style layer of every catalog layer once, labels above lines and fills', () => {
    const ids = style.layers.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(2 + CATALOG.reduce((n, d) => n + d.styles.length, 0));
    const firstSymbol = style.layers.findIndex((l) => l.type === 'symbol');
    expect(style.layers.slice(firstSymbol).every((l) => l.type === 'symbol')).toBe(true);
    expect(ids[0]).toBe('background');
    expect(ids[1]).toBe(OSM_LAYER);
  });

  it('needs no network for the embedded base map: no glyphs, sprite or tile URLs besides the optional OSM layer', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    const remote = Object.entries(style.sources).filter(([, s]) => 'tiles' in s || 'url' in s);
    expect(remote.map(([id]) => id)).toEqual(['osm']);
    expect(style.layers.find((l) => l.id === OSM_LAYER)?.layout).toEqual({ visibility: 'none' });
  });

  it('labels polygons from their label points and credits every data source', () => {
    for (const def of CATALOG) {
      const src = style.sources[def.id];
      expect(src && 'attribution' in src && src.attribution).toBeTruthy();
      if (def.labelPoints) expect(style.sources[labelSourceId(def.id)]).toBeDefined();
    }
    expect(style.state).toEqual({ lang: { default: 'vi' } });
  });

  it('starts each layer with the visibility the catalog declares', () => {
    for (const def of CATALOG) {
      const layer = style.layers.find((l) => l.id === `${def.id}--0`);
      expect(layer?.layout?.visibility).toBe(def.visible ? 'visible' : 'none');
    }
  });
});
