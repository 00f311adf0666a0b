import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../geodata/catalog';
import { freshState } from '../../tests/fixtures/app-state';
import { ATTRIBUTIONS } from '../data/catalog-types';
import type { ArchiveInfo, ArchiveReader } from '../import/archive-info';
import { makeImportedLayer } from '../import/imported-store';
import { serialiseCollection } from '../import/layer-data';
import type { AppState } from './app-state';
import { type ArchiveLayer, addArchive, archiveOpened, archiveWaits } from './archive-actions';
import { drawCredits, drawLegend, LAND_USE_CREDIT, USER_CREDIT } from './draw-legend';
import { mapDraws, userDrawn, userOfKind } from './map-draws';

const info = (kind: 'vector' | 'raster', attribution: string | null = null): ArchiveInfo => ({
  kind,
  format: kind === 'vector' ? 'mvt' : 'png',
  bounds: [106, 21.3, 107.4, 22.5],
  minZoom: 5,
  maxZoom: 12,
  layers: kind === 'vector' ? [{ id: 'thua', fields: [] }] : [],
  attribution,
  title: null,
});
const reader = {} as ArchiveReader;
const archive = (id: string): ArchiveLayer => ({
  id,
  name: `${id} name`,
  color: '#c2255c',
  opacity: 1,
  visible: true,
  origin: { kind: 'url', url: `https://example.org/${id}.pmtiles` },
  status: 'opening',
  info: null,
  reader: null,
});
const imported = (name: string) =>
  makeImportedLayer(
    name,
    'geojson',
    serialiseCollection({ type: 'FeatureCollection', features: [] }),
    '#1971c2',
  );

/** A state with one imported layer and two archives, `archive-a` open (with a credit), `archive-b` still opening. */
function withUserLayers(): AppState {
  let s = freshState({ imported: [{ ...imported('Khảo sát'), id: 'user-1' }] });
  s = addArchive(addArchive(s, archive('archive-a')), archive('archive-b'));
  return archiveOpened(s, 'archive-a', info('vector', '© Đoàn khảo sát'), reader);
}

const ids = (list: readonly { id: string }[]) => list.map((u) => u.id);

describe('what a map draws', () => {
  it('describes every kind of user layer, archives under the imported ones, and an archive only once open', () => {
    let s = withUserLayers();
    expect(mapDraws(s).user.map((u) => [u.kind, u.id])).toEqual([
      ['archive', 'archive-a'],
      ['imported', 'user-1'],
    ]);
    s = archiveOpened(s, 'archive-b', info('raster'), reader);
    expect(ids(mapDraws(s).user)).toEqual(['archive-a', 'archive-b', 'user-1']);
    s = archiveWaits(s, 'archive-b', 'needs-file');
    expect(ids(mapDraws(s).user)).toEqual(['archive-a', 'user-1']);
    // Each kind's map code gets its own, with what it draws from.
    const [a] = userOfKind(mapDraws(s), 'archive');
    expect(a).toMatchObject({ id: 'archive-a', info: { kind: 'vector' }, reader });
    expect(userOfKind(mapDraws(s), 'imported')[0]?.data).toBe(s.imported[0]?.data);
  });

  it('gives the divider map the archives the PNG legend lists (the divider map drew imported layers only)', () => {
    const draws = mapDraws(withUserLayers());
    const legendUser = drawLegend(draws, CATALOG, 'vi', (name) => `★${name}`)
      .filter((row) => row.label.startsWith('★'))
      .map((row) => row.label.slice(1));
    expect(legendUser).toEqual(['Khảo sát', 'archive-a name']);
    // What every map is given (the main one and the divider's alike) holds each user layer the legend names.
    expect(draws.user.map((u) => u.name)).toEqual(expect.arrayContaining(legendUser));
  });

  it('lists the legend top first: the user layers switched on, then the catalog layers drawn', () => {
    let s = withUserLayers();
    s = archiveOpened(s, 'archive-b', info('raster'), reader);
    s = { ...s, archives: s.archives.map((a) => (a.id === 'archive-a' ? { ...a, visible: false } : a)) };
    const draws = mapDraws(s);
    expect(ids(userDrawn(draws))).toEqual(['user-1', 'archive-b']);
    const legend = drawLegend(
      draws,
      CATALOG,
      'en',
      (name) => `${name} (yours)`,
      () => false,
    );
    expect(legend).toEqual([
      { label: 'Khảo sát (yours)', swatch: { kind: 'fill', color: '#1971c2', outline: '#1971c2' } },
      // A raster's colour is not drawn: a grey row.
      { label: 'archive-b name (yours)', swatch: { kind: 'fill', color: '#9e9e9e', outline: '#c2255c' } },
    ]);
    const all = drawLegend(draws, CATALOG, 'en', (name) => name);
    expect(all.length).toBeGreaterThan(legend.length);
  });

  it("owes the catalog layers' credits, OpenStreetMap's on its base map, the user's data and an archive's own", () => {
    const draws = mapDraws(withUserLayers());
    const credits = drawCredits(draws, CATALOG, 'osm', 'en');
    expect(credits).toContain(ATTRIBUTIONS.osm);
    expect(credits).toContain(USER_CREDIT.en);
    expect(credits).toContain('© Đoàn khảo sát');
    const none = mapDraws({ ...freshState(), layers: { ...freshState().layers, visible: new Set() } });
    expect(drawCredits(none, CATALOG, 'embedded', 'vi')).toEqual([]);
  });
});

describe('the legend of a layer coloured by an attribute', () => {
  const layer = (style: import('../import/layer-style').LayerStyle) => {
    const data = serialiseCollection({
      type: 'FeatureCollection',
      features: ['LUC', 'LUC', 'ONT', 'SKK'].map((code, i) => ({
        type: 'Feature',
        id: `f${i}`,
        properties: { kh: code, n: i * 10 },
        geometry: { type: 'Point', coordinates: [106.7, 21.8] },
      })),
    });
    return { ...makeImportedLayer('Hiện trạng', 'geojson', data, '#1971c2'), id: 'user-lu', style };
  };
  const legend = (style: import('../import/layer-style').LayerStyle, contrast = false) =>
    drawLegend(mapDraws(freshState({ imported: [layer(style)] }), false, contrast), [], 'vi', (n) => n);

  it('lists a land-use layer’s codes in their colours, most area (or features) first', () => {
    expect(legend({ by: 'land-use', field: 'kh' })).toEqual([
      { label: 'Hiện trạng', swatch: { kind: 'fill', color: '#ffffff', outline: '#5f5f5f' } },
      { label: 'LUC — Đất chuyên trồng lúa', swatch: { kind: 'fill', color: '#fffc8c', outline: '#5f5f5f' } },
      { label: 'ONT — Đất ở tại nông thôn', swatch: { kind: 'fill', color: '#ffd0ff', outline: '#5f5f5f' } },
      { label: 'SKK — Đất khu công nghiệp', swatch: { kind: 'fill', color: '#faaaa0', outline: '#5f5f5f' } },
    ]);
    expect(legend({ by: 'land-use', field: 'kh' }, true)[1]?.swatch.color).toBe('#f0e442');
    // A picture carries where the codes and colours come from, and the doubt about them.
    const draws = mapDraws(freshState({ imported: [layer({ by: 'land-use', field: 'kh' })] }));
    expect(drawCredits(draws, [], 'embedded', 'vi')).toContain(LAND_USE_CREDIT.vi);
    expect(
      drawCredits(
        mapDraws(freshState({ imported: [layer({ by: 'categories', field: 'kh' })] })),
        [],
        'embedded',
        'vi',
      ),
    ).not.toContain(LAND_USE_CREDIT.vi);
  });

  it('lists categories and classes by their field', () => {
    expect(legend({ by: 'categories', field: 'kh' }).map((r) => r.label)).toEqual([
      'Hiện trạng',
      'kh: LUC',
      'kh: ONT',
      'kh: SKK',
    ]);
    expect(legend({ by: 'classes', field: 'n', method: 'equal', count: 3 }).map((r) => r.label)).toEqual([
      'Hiện trạng',
      'n: 0 đến dưới 10',
      'n: 10 đến dưới 20',
      'n: 20 – 30',
    ]);
  });
});
