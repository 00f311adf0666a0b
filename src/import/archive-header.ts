/** A PMTiles v3 header's fixed size in bytes: what is read first of every archive. */
export const HEADER_BYTES = 127;

/** What of a PMTiles header the viewer uses (spec v3, "Header"). */
export interface ArchiveHeader {
  rootOffset: number;
  rootLength: number;
  metadataOffset: number;
  metadataLength: number;
  leafOffset: number;
  leafLength: number;
  tileDataOffset: number;
  tileDataLength: number;
  internalCompression: number;
  tileCompression: number;
  /** 1 MVT, 2 PNG, 3 JPEG, 4 WebP, 5 AVIF. */
  tileType: number;
  minZoom: number;
  maxZoom: number;
  /** [west, south, east, north] in degrees. */
  bounds: [number, number, number, number];
}

/** Why a file is not an archive the viewer can open. */
export type ArchiveRefusal =
  | { code: 'archive-bad-magic' }
  | { code: 'archive-version'; params: { version: number } }
  | {
      code: 'archive-beyond-end';
      params: { part: 'root' | 'metadata' | 'leaves' | 'tiles'; size: number };
    }
  | { code: 'archive-short-header'; params: { size: number } }
  | { code: 'archive-overlap'; params: { part: 'root' | 'metadata' | 'leaves' | 'tiles' } }
  | { code: 'archive-root-size'; params: { size: number } }
  | { code: 'archive-metadata-size'; params: { size: number } }
  | { code: 'archive-tile-type'; params: { type: string } }
  | { code: 'archive-compression'; params: { kind: string } };

export type HeaderCheck = { ok: true; header: ArchiveHeader } | { ok: false; refusal: ArchiveRefusal };

const MAGIC = 'PMTiles';
/** The compressions browsers undo themselves (DecompressionStream): none and gzip. */
const COMPRESSIONS: Record<number, string | null> = {
  0: null,
  1: null,
  2: null,
  3: 'brotli',
  4: 'zstd',
};
/** Tile types by their number in the header (spec v3). */
const TYPE_NAMES: Record<number, string> = { 1: 'MVT', 2: 'PNG', 3: 'JPEG', 4: 'WebP', 5: 'AVIF', 6: 'MLT' };
/** The library reads the root directory within the first 16 KiB of the archive (with the header). */
export const ROOT_END = 16_384;
/** Metadata larger than this, as stored, is refused (a style needs a few kilobytes of it). */
export const METADATA_MAX = 4 * 1024 * 1024;
/** MVT, PNG, JPEG, WebP: what MapLibre draws (AVIF only where the browser decodes it; refused). */
const TILE_TYPES = new Set([1, 2, 3, 4]);

const u64 = (v: DataView, at: number) => Number(v.getBigUint64(at, true));

/**
 * Reads and checks the first bytes of a file that claims to be a PMTiles archive: the magic number,
 * the spec version (3; versions 1 and 2 began with "PM" and a small version number), that every
 * section the header points to lies inside the file (a truncated download or copy fails here, not
 * later as missing tiles), and that the tiles are of a kind and compression the browser can draw.
 * `size`: the file's length in bytes, when known (a file; an address that gave its length).
 */
export function checkArchiveHeader(bytes: Uint8Array, size: number | null): HeaderCheck {
  const fail = (refusal: ArchiveRefusal): HeaderCheck => ({ ok: false, refusal });
  const text = String.fromCharCode(...bytes.subarray(0, MAGIC.length));
  if (text !== MAGIC) {
    if (text.startsWith('PM') && bytes[2] !== undefined && bytes[2] >= 1 && bytes[2] <= 2 && bytes[3] === 0)
      return fail({ code: 'archive-version', params: { version: bytes[2] } });
    return fail({ code: 'archive-bad-magic' });
  }
  if (bytes.length < HEADER_BYTES)
    return fail({ code: 'archive-short-header', params: { size: size ?? bytes.length } });
  const v = new DataView(bytes.buffer, bytes.byteOffset, HEADER_BYTES);
  const version = v.getUint8(7);
  if (version !== 3) return fail({ code: 'archive-version', params: { version } });
  const e7 = (at: number) => v.getInt32(at, true) / 1e7;
  const header: ArchiveHeader = {
    rootOffset: u64(v, 8),
    rootLength: u64(v, 16),
    metadataOffset: u64(v, 24),
    metadataLength: u64(v, 32),
    leafOffset: u64(v, 40),
    leafLength: u64(v, 48),
    tileDataOffset: u64(v, 56),
    tileDataLength: u64(v, 64),
    internalCompression: v.getUint8(97),
    tileCompression: v.getUint8(98),
    tileType: v.getUint8(99),
    minZoom: v.getUint8(100),
    maxZoom: v.getUint8(101),
    bounds: [e7(102), e7(106), e7(110), e7(114)],
  };
  const parts = [
    ['root', header.rootOffset, header.rootLength],
    ['metadata', header.metadataOffset, header.metadataLength],
    ['leaves', header.leafOffset, header.leafLength],
    ['tiles', header.tileDataOffset, header.tileDataLength],
  ] as const;
  for (const [part, offset, length] of parts) {
    if (length > 0 && offset < HEADER_BYTES) return fail({ code: 'archive-overlap', params: { part } });
    if (size !== null && length > 0 && offset + length > size)
      return fail({ code: 'archive-beyond-end', params: { part, size } });
  }
  if (header.rootLength === 0 || header.rootOffset + header.rootLength > ROOT_END)
    return fail({ code: 'archive-root-size', params: { size: header.rootLength } });
  if (header.metadataLength > METADATA_MAX)
    return fail({ code: 'archive-metadata-size', params: { size: header.metadataLength } });
  for (const c of [header.internalCompression, header.tileCompression]) {
    const unsupported = c in COMPRESSIONS ? COMPRESSIONS[c] : `#${c}`;
    if (unsupported) return fail({ code: 'archive-compression', params: { kind: unsupported } });
  }
  if (!TILE_TYPES.has(header.tileType))
    return fail({
      code: 'archive-tile-type',
      params: { type: TYPE_NAMES[header.tileType] ?? `#${header.tileType}` },
    });
  return { ok: true, header };
}
