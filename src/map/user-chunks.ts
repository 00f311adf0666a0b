import type { LayerData } from '../import/layer-data';

/**
 * The most GeoJSON bytes one MapLibre source of an imported layer gets. MapLibre's worker sends
 * each source's parsed data, and each tile's features, back to the page in one message, read in
 * one task: a 17 MB layer as one source held the page for seconds. Cut into sources of ~1 MB,
 * every such task is a sixteenth as long, and the map still draws the same features.
 */
export const CHUNK_BYTES = 1 << 20;

const HEAD = '{"type":"FeatureCollection","features":[';

/** The first feature number of each source of a layer: feature i of the layer is in the last chunk starting at or before i. */
export function chunkStarts(data: Pick<LayerData, 'offsets' | 'count'>, max = CHUNK_BYTES): number[] {
  const starts = [0];
  let from = data.offsets[0] as number;
  for (let i = 1; i < data.count; i++) {
    const at = data.offsets[i] as number;
    if (at - from > max) {
      starts.push(i);
      from = at;
    }
  }
  return starts;
}

/** The source id of chunk k of a layer: the layer's id for the first, `<id>~<k>` for the others. */
export const chunkSourceId = (layerId: string, k: number) => (k === 0 ? layerId : `${layerId}~${k}`);

/** The layer id and chunk number a source id names. */
export function chunkOfSource(source: string): { layerId: string; k: number } {
  const tilde = source.indexOf('~');
  return tilde < 0
    ? { layerId: source, k: 0 }
    : { layerId: source.slice(0, tilde), k: Number(source.slice(tilde + 1)) };
}

/** The GeoJSON text of features `from` to `to` (exclusive), as parts of a Blob: no copy on the page. */
export function chunkParts(
  data: Pick<LayerData, 'bytes' | 'offsets' | 'count'>,
  from: number,
  to: number,
): BlobPart[] {
  if (data.count === 0) return [data.bytes as Uint8Array<ArrayBuffer>];
  const body = data.bytes.subarray(data.offsets[from], (data.offsets[to] as number) - 1);
  return [HEAD, body as Uint8Array<ArrayBuffer>, ']}'];
}
