import { describe, expect, it } from 'vitest';
import {
  notAnArchive,
  rasterArchive,
  truncated,
  vectorArchive,
} from '../../tests/fixtures/pmtiles-fixtures.mjs';
import { checkArchiveHeader, HEADER_BYTES, METADATA_MAX } from './archive-header';

const head = (b: Uint8Array) => b.subarray(0, HEADER_BYTES);

describe('checking a PMTiles header', () => {
  it('reads a v3 archive: sections, tile type, zooms and bounds', () => {
    const a = vectorArchive();
    const r = checkArchiveHeader(head(a), a.length);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.header).toMatchObject({ tileType: 1, tileCompression: 2, minZoom: 5, maxZoom: 12 });
    expect(r.header.bounds).toEqual([106, 21.3, 107.4, 22.5]);
    expect(r.header.tileDataOffset + r.header.tileDataLength).toBe(a.length);
    expect(checkArchiveHeader(head(rasterArchive()), null)).toMatchObject({
      ok: true,
      header: { tileType: 2 },
    });
  });

  it('refuses a file that is not PMTiles: bad magic number', () => {
    expect(checkArchiveHeader(notAnArchive(), 50)).toEqual({
      ok: false,
      refusal: { code: 'archive-bad-magic' },
    });
    expect(checkArchiveHeader(new Uint8Array(0), 0)).toEqual({
      ok: false,
      refusal: { code: 'archive-bad-magic' },
    });
  });

  it('names the spec version of an archive it cannot read (v2, or a future v4)', () => {
    const v2 = Uint8Array.from([0x50, 0x4d, 2, 0, ...new Array(200).fill(0)]);
    expect(checkArchiveHeader(v2, 202)).toEqual({
      ok: false,
      refusal: { code: 'archive-version', params: { version: 2 } },
    });
    const v4 = Uint8Array.from(head(vectorArchive()));
    v4[7] = 4;
    expect(checkArchiveHeader(v4, null)).toMatchObject({
      refusal: { code: 'archive-version', params: { version: 4 } },
    });
  });

  it('refuses a truncated archive: a section beyond the end of the file, or a cut header', () => {
    const a = vectorArchive();
    const cut = truncated(a);
    expect(checkArchiveHeader(head(cut), cut.length)).toEqual({
      ok: false,
      refusal: { code: 'archive-beyond-end', params: { part: 'tiles', size: cut.length } },
    });
    expect(checkArchiveHeader(head(a), 140)).toMatchObject({ refusal: { params: { part: 'root' } } });
    expect(checkArchiveHeader(a.subarray(0, 60), 60)).toMatchObject({
      refusal: { code: 'archive-short-header', params: { size: 60 } },
    });
  });

  it('refuses tiles the browser cannot undo or draw', () => {
    const brotli = Uint8Array.from(head(vectorArchive()));
    brotli[98] = 3;
    expect(checkArchiveHeader(brotli, null)).toMatchObject({
      refusal: { code: 'archive-compression', params: { kind: 'brotli' } },
    });
    const avif = Uint8Array.from(head(rasterArchive()));
    avif[99] = 5;
    expect(checkArchiveHeader(avif, null)).toMatchObject({
      refusal: { code: 'archive-tile-type', params: { type: 'AVIF' } },
    });
  });

  it('refuses hostile sections: over the header, an empty or far root, huge metadata', () => {
    const set = (at: number, n: number) => {
      const b = Uint8Array.from(head(vectorArchive()));
      new DataView(b.buffer).setBigUint64(at, BigInt(n), true);
      return b;
    };
    expect(checkArchiveHeader(set(24, 10), null)).toMatchObject({
      refusal: { code: 'archive-overlap', params: { part: 'metadata' } },
    });
    expect(checkArchiveHeader(set(16, 0), null)).toMatchObject({ refusal: { code: 'archive-root-size' } });
    expect(checkArchiveHeader(set(16, 20_000), null)).toMatchObject({
      refusal: { code: 'archive-root-size', params: { size: 20_000 } },
    });
    expect(checkArchiveHeader(set(32, METADATA_MAX + 1), null)).toMatchObject({
      refusal: { code: 'archive-metadata-size' },
    });
  });
});
