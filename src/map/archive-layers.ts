import { type AddProtocolAction, addProtocol, type MapMouseEvent, type Map as MlMap } from 'maplibre-gl';
import { Protocol } from 'pmtiles';
import type { ArchiveReader } from '../import/archive-info';
import { type ArchiveLayer, type ArchivePick, archivesDrawn } from '../state/archive-actions';
import {
  type ArchiveLook,
  archiveOfStyleLayer,
  archivePaint,
  archiveSource,
  archiveStyleLayers,
} from './archive-style';

/** An opened archive as the map draws it, with the reader of its tiles. */
export interface ArchiveSpec extends ArchiveLook {
  reader: ArchiveReader;
}

/** One protocol for the page: MapLibre's hook is global, and every archive is a key in it. */
let protocol: Protocol | null = null;
function archiveProtocol(): Protocol {
  if (!protocol) {
    protocol = new Protocol();
    // The library types a TileJSON answer as unknown; MapLibre's hook takes it as it is.
    addProtocol('pmtiles', protocol.tilev4 as AddProtocolAction);
  }
  return protocol;
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
 * generated from each archive's metadata, drawn above the plan's areas and below the user's
 * imported layers and every label; restyled, reordered and removed in place. A click on one of
 * their features reports its attributes (`onPick`). Loaded with the first archive, not with the page.
 */
export class ArchiveLayers {
  private applied = new Map<string, ArchiveSpec>();

  constructor(
    private readonly map: MlMap,
    private readonly onPick: (pick: ArchivePick) => void,
  ) {
    map.on('click', (e) => this.click(e));
  }

  private styleIds(id: string): string[] {
    const spec = this.applied.get(id);
    return spec ? archiveStyleLayers(spec).map((l) => l.id) : [];
  }

  /** Makes the map show exactly the open ones of these archives, bottom to top. */
  apply(archives: readonly ArchiveLayer[]): void {
    const specs: ArchiveSpec[] = archivesDrawn(archives);
    const wanted = new Set(specs.map((s) => s.id));
    for (const id of [...this.applied.keys()]) if (!wanted.has(id)) this.remove(id);
    const p = archiveProtocol();
    // Under the user's imported layers (their own drawings over a background of many features) and
    // under every label.
    const before = () =>
      this.map.getStyle().layers.find((l) => l.id.startsWith('user-') || l.type === 'symbol')?.id;
    for (const spec of specs) {
      const old = this.applied.get(spec.id);
      if (old && (old.reader !== spec.reader || old.info !== spec.info)) this.remove(spec.id);
      if (!this.applied.has(spec.id)) {
        p.add(spec.reader);
        this.map.addSource(spec.id, archiveSource(spec));
        for (const layer of archiveStyleLayers(spec)) this.map.addLayer(layer, before());
      }
      this.applied.set(spec.id, spec);
      for (const layer of archiveStyleLayers(spec)) {
        const type = layer.type as 'fill' | 'line' | 'circle' | 'raster';
        for (const [k, v] of Object.entries(archivePaint(type, spec.color, spec.opacity)))
          this.map.setPaintProperty(layer.id, k as 'fill-color', v);
        this.map.setLayoutProperty(layer.id, 'visibility', spec.visible ? 'visible' : 'none');
        this.map.moveLayer(layer.id, before());
      }
    }
  }

  private remove(id: string): void {
    for (const layerId of this.styleIds(id)) if (this.map.getLayer(layerId)) this.map.removeLayer(layerId);
    if (this.map.getSource(id)) this.map.removeSource(id);
    protocol?.tiles.delete(id);
    this.applied.delete(id);
  }

  /**
   * Reports the archive feature under a click when nothing one can click is drawn above it: labels
   * do not count (the map never reports them), the user's imported layers and any plan layer drawn
   * higher up do, and the map's own report of the click stands.
   */
  private click(e: MapMouseEvent): void {
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
    this.onPick({
      layerId,
      sourceLayer: hit.sourceLayer ?? null,
      properties: attributes(hit.properties),
      at: [e.lngLat.lng, e.lngLat.lat],
    });
  }
}
