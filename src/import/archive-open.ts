import { Compression, FetchSource, PMTiles, type RangeResponse, type Source } from 'pmtiles';
import { type ArchiveRefusal, checkArchiveHeader, HEADER_BYTES } from './archive-header';
import { type ArchiveInfo, type ArchiveReader, archiveInfo } from './archive-info';

/**
 * A file read in place: each range the map asks for is a `File.slice()` of it, so an archive of
 * gigabytes never sits in memory. Keyed by its layer's id (two files may share a name).
 */
class FileSliceSource implements Source {
  constructor(
    private readonly key: string,
    private readonly file: Blob,
  ) {}
  getKey = () => this.key;
  async getBytes(offset: number, length: number): Promise<RangeResponse> {
    return { data: await this.file.slice(offset, offset + length).arrayBuffer() };
  }
}

/** An archive at an address, read with HTTP range requests; keyed by its layer's id. */
class KeyedFetchSource extends FetchSource {
  constructor(
    private readonly key: string,
    url: string,
  ) {
    super(url);
  }
  override getKey = () => this.key;
}

export type OpenResult =
  | { ok: true; info: ArchiveInfo; reader: ArchiveReader }
  | { ok: false; refusal: ArchiveRefusal | { code: 'archive-no-layers' } | Unreadable };

type Unreadable = { code: 'archive-unreadable' | 'archive-fetch'; params: { detail: string } };

const detail = (e: unknown) => (e instanceof Error ? e.message : String(e)).slice(0, 160);

/** How long opening may wait for a server: one that hangs ends in a clear refusal, not a spinner. */
const OPEN_TIMEOUT_MS = 30_000;

/** `p`, or a failure saying the server did not answer in time. */
function inTime<T>(p: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no answer within ${OPEN_TIMEOUT_MS / 1000} s`)),
      OPEN_TIMEOUT_MS,
    );
  });
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

/** The first bytes of an address and the archive's length, when the server tells it. */
async function headOf(url: string): Promise<{ bytes: Uint8Array; size: number | null }> {
  const resp = await fetch(url, {
    headers: { Range: `bytes=0-${HEADER_BYTES - 1}` },
    signal: AbortSignal.timeout(OPEN_TIMEOUT_MS),
  });
  if (!resp.ok) throw new Error(`HTTP ${resp.status}`);
  const range = resp.headers.get('Content-Range')?.match(/\/(\d+)$/);
  const length = resp.headers.get('Content-Length');
  const size = range ? Number(range[1]) : resp.status === 200 && length ? Number(length) : null;
  // A server that ignores Range sends the whole file: read its first bytes only.
  const reader = resp.body?.getReader();
  const parts: Uint8Array[] = [];
  let got = 0;
  while (reader && got < HEADER_BYTES) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    got += value.length;
  }
  void reader?.cancel();
  const bytes = new Uint8Array(got);
  let at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.length;
  }
  return { bytes: bytes.subarray(0, HEADER_BYTES), size };
}

/** Metadata or a directory larger than this once unpacked is refused (a gzip bomb fills no memory). */
const UNPACKED_MAX = 16 * 1024 * 1024;

class TooLarge extends Error {}

/** The library's gunzip, stopped as soon as what it unpacks passes `UNPACKED_MAX`. */
async function boundedDecompress(buf: ArrayBuffer, compression: Compression): Promise<ArrayBuffer> {
  if (compression === Compression.None || compression === Compression.Unknown) return buf;
  if (compression !== Compression.Gzip) throw new Error(`compression ${compression}`);
  const body = new Response(buf).body;
  if (!body) return buf;
  const reader = body.pipeThrough(new DecompressionStream('gzip')).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > UNPACKED_MAX) {
      void reader.cancel();
      throw new TooLarge();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out.buffer;
}

/**
 * Opens an archive from a file or an address: checks its header (refused with the reason when it is
 * not PMTiles v3, or truncated), then reads its metadata and describes it. `key` is the layer's id,
 * under which the map asks for its tiles.
 */
export async function openArchive(key: string, from: { file: Blob } | { url: string }): Promise<OpenResult> {
  let head: { bytes: Uint8Array; size: number | null };
  try {
    head =
      'file' in from
        ? {
            bytes: new Uint8Array(await from.file.slice(0, HEADER_BYTES).arrayBuffer()),
            size: from.file.size,
          }
        : await headOf(from.url);
  } catch (e) {
    return {
      ok: false,
      refusal: {
        code: 'file' in from ? 'archive-unreadable' : 'archive-fetch',
        params: { detail: detail(e) },
      },
    };
  }
  const checked = checkArchiveHeader(head.bytes, head.size);
  if (!checked.ok) return { ok: false, refusal: checked.refusal };
  const source = 'file' in from ? new FileSliceSource(key, from.file) : new KeyedFetchSource(key, from.url);
  const reader = new PMTiles(source, undefined, boundedDecompress);
  try {
    const header = await inTime(reader.getHeader());
    // Reading one tile walks the root directory: a broken one fails here, not on the map.
    await inTime(reader.getZxy(header.minZoom, 0, 0));
    const info = archiveInfo(checked.header, await inTime(reader.getMetadata()));
    if (!info) return { ok: false, refusal: { code: 'archive-no-layers' } };
    return { ok: true, info, reader };
  } catch (e) {
    if (e instanceof TooLarge)
      return {
        ok: false,
        refusal: { code: 'archive-metadata-size', params: { size: checked.header.metadataLength } },
      };
    return { ok: false, refusal: { code: 'archive-unreadable', params: { detail: detail(e) } } };
  }
}
