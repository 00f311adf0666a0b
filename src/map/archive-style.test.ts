import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import type { ArchiveInfo } from '../import/archive-info';
import {
  type ArchiveLook,
  archiveOfStyleLayer,
  archiveSource,
  archiveStyleLayers,
  archiveTileOf,
  escapeCredit,
} from './archive-style';

const vector: ArchiveInfo = {
  kind: 'vector',
  format: 'mvt',
  bounds: [106, 21.3, 107.4, 22.5],
  minZoom: 5,
  maxZoom: 12,
  layers: [
    { id: 'thua_dat', fields: ['ma_thua'] },
    { id: 'diem', fields: [] },
  ],
  attribution: '© Sở <Tài nguyên> & "Môi trường"',
  title: null,
};
const look = (info: ArchiveInfo, visible = true): ArchiveLook => ({
  id: 'archive-1',
  color: '#aa3377',
  opacity: 0.5,
  visible,
  info,
});

const styleOf = (l: ArchiveLook) => ({
  version: 8 as const,
  sources: { [l.id]: archiveSource(l) },
  layers: archiveStyleLayers(l),
});

describe('the style of an archive, generated from its metadata', () => {
  it('draws every source layer as areas, lines and points in the archive colour: a valid style', () => {
    const l = look(vector);
    const layers = archiveStyleLayers(l);
    expect(layers.map((x) => x.id)).toEqual([
      'archive-1--thua_dat--fill',
      'archive-1--thua_dat--line',
      'archive-1--thua_dat--circle',
      'archive-1--diem--fill',
      'archive-1--diem--line',
      'archive-1--diem--circle',
    ]);
    expect(layers.every((x) => 'source-layer' in x && x.source === 'archive-1')).toBe(true);
    expect(layers[0]).toMatchObject({ paint: { 'fill-color': '#aa3377', 'fill-opacity': 0.125 } });
    expect(validateStyleMin(styleOf(l)).map((e) => e.message)).toEqual([]);
  });

  it('draws a raster archive as one raster layer with its opacity, hidden when switched off', () => {
    const l = look({ ...vector, kind: 'raster', format: 'png', layers: [] }, false);
    expect(archiveStyleLayers(l)).toEqual([
      expect.objectContaining({
        type: 'raster',
        layout: { visibility: 'none' },
        paint: { 'raster-opacity': 0.5 },
      }),
    ]);
    expect(archiveSource(l)).toMatchObject({ type: 'raster', tileSize: 256, minzoom: 5, maxzoom: 12 });
    expect(validateStyleMin(styleOf(l)).map((e) => e.message)).toEqual([]);
  });

  it('reads tiles through the pmtiles protocol, within the bounds and zooms of the header', () => {
    expect(archiveSource(look(vector))).toMatchObject({
      type: 'vector',
      tiles: ['pmtiles://archive-1/{z}/{x}/{y}'],
      bounds: [106, 21.3, 107.4, 22.5],
      minzoom: 5,
      maxzoom: 12,
    });
  });

  it('gives MapLibre, which writes credits as HTML, the credit as text', () => {
    expect(escapeCredit('<b>x</b> & "y"')).toBe('&#60;b&#62;x&#60;/b&#62; &#38; &#34;y&#34;');
    expect(archiveSource(look(vector)).attribution).toBe(
      '© Sở &#60;Tài nguyên&#62; &#38; &#34;Môi trường&#34;',
    );
  });

  it('finds the archive of a style layer', () => {
    expect(archiveOfStyleLayer('archive-1--thua_dat--fill')).toBe('archive-1');
    expect(archiveOfStyleLayer('user-1--fill')).toBeNull();
  });
});

describe('archiveTileOf', () => {
  it('reads the key and tile of our own tile addresses only', () => {
    expect(archiveTileOf('pmtiles://archive-abc/12/3253/1810')).toEqual({
      key: 'archive-abc',
      z: 12,
      x: 3253,
      y: 1810,
    });
    expect(archiveTileOf('pmtiles://archive-abc')).toBeNull();
    expect(archiveTileOf('pmtiles://a/b/1/2/3')).toBeNull();
  });
});
