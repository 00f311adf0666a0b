import { addProtocol, type MapMouseEvent, type Map as MlMap } from 'maplibre-gl';
import type { ArchiveReader } from '../import/archive-info';
import type { ArchivePick } from '../state/archive-actions';
import {
  type ArchiveLook,
  archiveOfStyleLayer,
  archivePaint,
  archiveSource,
  archiveStyleLayers,
  archiveTileOf,
} from './archive-style';
import { OSM_LAYER } from './build-style';

/** An opened archive as the map draws it, with the reader of its tiles. */
export interface ArchiveSpec extends ArchiveLook {
  reader: ArchiveReader;
}

/**
 * The readers of the open archives, by layer id: the only archives the maps' tile requests reach;
 * each kept while a map (the main one, the divider's) draws its archive.
 */
const readers = new Map<string, { reader: ArchiveReader; maps: Set<ArchiveLayers> }>();

function holdReader(id: string, reader: ArchiveReader, by: ArchiveLayers): void {
  const held = readers.get(id);
  if (held) {
    held.reader = reader;
    held.maps.add(by);
  } else readers.set(id, { reader, maps: new Set([by]) });
}

function dropReader(id: string, by: ArchiveLayers): void {
  const held = readers.get(id);
  held?.maps.delete(by);
  if (held?.maps.size === 0) readers.delete(id);
}
let registered = false;

/**
 * Our own pmtiles:// handler (MapLibre's hook is global, every archive a key in it). The library's
 * `Protocol` makes a reader for any key it does not know (a relative URL fetched from our own server,
 * a reader leaked) when a tile is asked for after its archive was removed; this one refuses it.
 */
function registerProtocol(): void {
  if (registered) return;
  registered = true;
  addProtocol('pmtiles', async (params, abort) => {
    const t = archiveTileOf(params.url);
    const reader = t ? readers.get(t.key)?.reader : undefined;
    if (!t || !reader) throw new Error(`No open archive for ${params.url}`);
    const tile = await reader.getZxy(t.z, t.x, t.y, abort.signal);
    return tile
      ? { data: new Uint8Array(tile.data), cacheControl: tile.cacheControl, expires: tile.expires }
      : { data: new Uint8Array() };
  });
}

/** What a tile gives as a feature's attributes, kept as plain values (shown as text only). */
function attributes(p: Record<string, unknown> | null | undefined): ArchivePick['properties'] {
  const out: ArchivePick['properties'] = {};
  for (const [k, v] of Object.entries(p ?? {}))
    out[k] =
      typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
        ? v
        : v == null
          ? null
          : String(v);
  return out;
}

/**
 * The user's PMTiles archives on the map: sources read through the pmtiles protocol, style layers
 * generated from each archive's metadata: vector ones above the plan's areas and below the user's
 * imported layers and every label, raster ones under the plan; restyled, reordered and removed in place. A click on one of
 * their features reports its attributes (`onPick`). Loaded with the first archive, not with the page.
 */
export class ArchiveLayers {
  private applied = new Map<string, ArchiveSpec>();
  private order = '';

  constructor(
    private readonly map: MlMap,
    /** Told of a click on an archive's feature; without it (the divider's map) clicks are not read. */
    onPick?: (pick: ArchivePick) => void,
  ) {
    if (onPick) map.on('click', (e) => this.click(e, onPick));
  }

  private styleIds(id: string): string[] {
    const spec = this.applied.get(id);
    return spec ? archiveStyleLayers(spec).map((l) => l.id) : [];
  }

  /** Makes the map show exactly these (open) archives, bottom to top. */
  apply(specs: readonly ArchiveSpec[]): void {
    const wanted = new Set(specs.map((s) => s.id));
    for (const id of [...this.applied.keys()]) if (!wanted.has(id)) this.remove(id);
    registerProtocol();
    const order = specs.map((s) => s.id).join('|');
    const reorder = order !== this.order;
    this.order = order;
    // Read once per apply (getStyle copies the whole style). Vector archives go under the user's
    // imported layers (their own drawings over a background of many features) and under every label;
    // raster ones (orthophotos) just above the base map, under every layer of the plan.
    const styleIds = this.map.getStyle().layers;
    // Not an archive's own label layer: it may be about to be removed and added again.
    const vectorBefore = styleIds.find(
      (l) => (l.id.startsWith('user-') || l.type === 'symbol') && archiveOfStyleLayer(l.id) === null,
    )?.id;
    const osm = styleIds.findIndex((l) => l.id === OSM_LAYER);
    const rasterBefore = styleIds
      .slice(osm + 1)
      .find((l) => !(l.type === 'raster' && archiveOfStyleLayer(l.id) !== null))?.id;
    for (const spec of specs) {
      const old = this.applied.get(spec.id);
      const before = spec.info.kind === 'raster' ? rasterBefore : vectorBefore;
      // A new reader or metadata, or another style (its label layers come and go): drawn anew.
      if (
        old &&
        (old.reader !== spec.reader ||
          old.info !== spec.info ||
          old.style !== spec.style ||
          old.contrast !== spec.contrast)
      )
        this.remove(spec.id);
      const fresh = !this.applied.has(spec.id);
      if (fresh) {
        holdReader(spec.id, spec.reader, this);
        this.map.addSource(spec.id, archiveSource(spec));
        for (const layer of archiveStyleLayers(spec)) this.map.addLayer(layer, before);
      }
      const prev = fresh ? null : old;
      this.applied.set(spec.id, spec);
      const fieldsOf = new Map(spec.info.layers.map((l) => [l.id, l.fields]));
      for (const layer of archiveStyleLayers(spec)) {
        const type = layer.type as 'fill' | 'line' | 'circle' | 'raster' | 'symbol';
        const fields = 'source-layer' in layer ? (fieldsOf.get(layer['source-layer'] as string) ?? []) : [];
        if (type !== 'symbol' && (!prev || prev.color !== spec.color || prev.opacity !== spec.opacity))
          for (const [k, v] of Object.entries(archivePaint(type, spec, fields)))
            this.map.setPaintProperty(layer.id, k as 'fill-color', v);
        if (!prev || prev.visible !== spec.visible)
          this.map.setLayoutProperty(layer.id, 'visibility', spec.visible ? 'visible' : 'none');
        if (reorder || fresh) this.map.moveLayer(layer.id, before);
      }
    }
  }

  /** Lets go of the archives' readers when the map itself goes (the divider's, when comparing ends). */
  release(): void {
    for (const id of this.applied.keys()) dropReader(id, this);
    this.applied.clear();
  }

  private remove(id: string): void {
    for (const layerId of this.styleIds(id)) if (this.map.getLayer(layerId)) this.map.removeLayer(layerId);
    if (this.map.getSource(id)) this.map.removeSource(id);
    dropReader(id, this);
    this.applied.delete(id);
  }

  /**
   * Reports the archive feature under a click when nothing one can click is drawn above it: labels
   * do not count (the map never reports them), the user's imported layers and any plan layer drawn
   * higher up do, and the map's own report of the click stands.
   */
  private click(e: MapMouseEvent, onPick: (pick: ArchivePick) => void): void {
    if (![...this.applied.values()].some((s) => s.info.kind === 'vector' && s.visible)) return;
    const { x, y } = e.point;
    // A few pixels of slack, as for the other layers, so small points are easy to hit.
    const hits = this.map.queryRenderedFeatures([
      [x - 5, y - 5],
      [x + 5, y + 5],
    ]);
    const top = hits.findIndex((f) => f.layer.type !== 'symbol');
    const hit = hits[top];
    const layerId = hit ? archiveOfStyleLayer(hit.layer.id) : null;
    if (!hit || !layerId) return;
    onPick({
      layerId,
      sourceLayer: hit.sourceLayer ?? null,
      properties: attributes(hit.properties),
      at: [e.lngLat.lng, e.lngLat.lat],
    });
  }
}
