import { describe, expect, it } from 'vitest';
import type { ArchiveHeader } from './archive-header';
import {
  addressName,
  archiveAddress,
  archiveInfo,
  archiveOutOfView,
  creditText,
  LAYERS_MAX,
  sourceLayers,
} from './archive-info';

const header: ArchiveHeader = {
  rootOffset: 127,
  rootLength: 10,
  metadataOffset: 137,
  metadataLength: 10,
  leafOffset: 0,
  leafLength: 0,
  tileDataOffset: 147,
  tileDataLength: 100,
  internalCompression: 2,
  tileCompression: 2,
  tileType: 1,
  minZoom: 5,
  maxZoom: 12,
  bounds: [106, 21.3, 107.4, 22.5],
};

describe('what the viewer knows of an archive', () => {
  it('lists the source layers of a vector archive from its metadata, leaving out bad entries', () => {
    expect(
      sourceLayers({
        vector_layers: [
          { id: 'a', fields: { x: 'String' } },
          { id: '' },
          { nope: 1 },
          { id: 'a' },
          { id: 'b' },
        ],
      }),
    ).toEqual([
      { id: 'a', fields: ['x'] },
      { id: 'b', fields: [] },
    ]);
    expect(sourceLayers(null)).toEqual([]);
    expect(sourceLayers({ vector_layers: 'x' })).toEqual([]);
  });

  it('describes vector and raster archives; a vector one without layers cannot be styled', () => {
    const meta = { name: 'Thửa đất', attribution: '© Sở TN&amp;MT', vector_layers: [{ id: 'thua' }] };
    expect(archiveInfo(header, meta)).toEqual({
      kind: 'vector',
      format: 'mvt',
      bounds: [106, 21.3, 107.4, 22.5],
      minZoom: 5,
      maxZoom: 12,
      layers: [{ id: 'thua', fields: [] }],
      attribution: '© Sở TN&MT',
      title: 'Thửa đất',
    });
    expect(archiveInfo(header, {})).toBeNull();
    expect(archiveInfo({ ...header, tileType: 3 }, 'not json')).toMatchObject({
      kind: 'raster',
      format: 'jpg',
      layers: [],
    });
    // Bounds that are no box (all zeros, as some tools write) stand for the whole world.
    expect(archiveInfo({ ...header, tileType: 2, bounds: [0, 0, 0, 0] }, {})?.bounds).toEqual([
      -180, -85.05, 180, 85.05,
    ]);
  });

  it('keeps the words of a credit and drops its markup', () => {
    expect(creditText('<a href="https://openstreetmap.org/copyright">© OpenStreetMap</a> <b>x</b>')).toBe(
      '© OpenStreetMap x',
    );
    expect(creditText('<img src=x onerror=alert(1)>&#169; A &lt;b&gt;')).toBe('© A <b>');
    expect(creditText('')).toBeNull();
    expect(creditText(42)).toBeNull();
  });

  it('names an archive out of view as imports do: outside the map, or far from the province', () => {
    expect(archiveOutOfView([106, 21.3, 107.4, 22.5])).toBeNull();
    expect(archiveOutOfView([100, 10, 110, 30])).toBeNull();
    expect(archiveOutOfView([107.7, 22.0, 108.0, 22.3])).toEqual({ code: 'outside-view' });
    expect(archiveOutOfView([106.6, 10.7, 106.8, 10.9])).toEqual({
      code: 'far-from-province',
      params: { km: 1150, lng: 106.7, lat: 10.8 },
    });
  });

  it('takes https addresses anywhere, http only on this computer', () => {
    expect(archiveAddress(' https://cdn.example.org/a.pmtiles ', false)).toEqual({
      ok: true,
      url: 'https://cdn.example.org/a.pmtiles',
    });
    expect(archiveAddress('http://127.0.0.1:8080/a.pmtiles', true).ok).toBe(true);
    expect(archiveAddress('http://localhost/a.pmtiles', true).ok).toBe(true);
    // The public page's policy blocks this computer: the check agrees with it.
    expect(archiveAddress('http://127.0.0.1:8080/a.pmtiles', false).ok).toBe(false);
    expect(archiveAddress('http://[::1]:8080/a.pmtiles', true).ok).toBe(false);
    expect(archiveAddress('http://example.org/a.pmtiles', true).ok).toBe(false);
    expect(archiveAddress('javascript:alert(1)', true).ok).toBe(false);
    expect(archiveAddress('a.pmtiles', true).ok).toBe(false);
  });
});

describe('addressName', () => {
  it('decodes the file name, and keeps a malformed one as written instead of throwing', () => {
    expect(addressName('https://a.org/d/s%E1%BB%AD.pmtiles')).toBe('sử.pmtiles');
    expect(addressName('https://a.org/x%E0%A4%A.pmtiles')).toBe('x%E0%A4%A.pmtiles');
    expect(addressName('https://a.org/')).toBe('https://a.org/');
  });
});

describe('creditText keeps words after a lone <', () => {
  it('strips only tags', () => {
    expect(creditText('© Sở TN&MT, tỉ lệ < 1:2000, năm 2024')).toBe('© Sở TN&MT, tỉ lệ < 1:2000, năm 2024');
    expect(creditText('<a href="x">© OSM</a> a<b')).toBe('© OSM a<b');
    expect(creditText('<script>x</script>y')).toBe('x y');
  });
});

describe('sourceLayers of hostile metadata', () => {
  it('styles at most LAYERS_MAX layers and leaves out over-long ids and field names', () => {
    const many = Array.from({ length: 500 }, (_, i) => ({ id: `l${i}`, fields: { a: 'String' } }));
    expect(sourceLayers({ vector_layers: many })).toHaveLength(LAYERS_MAX);
    const long = 'x'.repeat(101);
    expect(
      sourceLayers({ vector_layers: [{ id: long }, { id: 'ok', fields: { [long]: 1, b: 1 } }] }),
    ).toEqual([{ id: 'ok', fields: ['b'] }]);
  });
});
