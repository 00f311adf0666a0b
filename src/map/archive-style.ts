import type { LayerSpecification, RasterSourceSpecification, VectorSourceSpecification } from 'maplibre-gl';
import type { ArchiveInfo } from '../import/archive-info';
import type { ArchiveStyle } from '../state/archive-actions';
import { labelLayer, stylePaint } from './style-paint';
import { USER_PARTS, userPaint } from './user-paint';

/** An opened archive as the map draws it. */
export interface ArchiveLook {
  id: string;
  color: string;
  /** 0–1 */
  opacity: number;
  visible: boolean;
  info: ArchiveInfo;
  /** Coloured by land-use code (the source layers that have its field); absent: in `color`. */
  style?: ArchiveStyle;
  /** The high-contrast map style (codes in their colour-blind-safe colours, written at every zoom). */
  contrast?: boolean;
}

/** Text for MapLibre's credits box, which sets it as HTML: every character that could open markup is escaped. */
export function escapeCredit(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The archive key and tile of a pmtiles:// tile address (`archiveTiles`), or null for any other. */
export function archiveTileOf(url: string): { key: string; z: number; x: number; y: number } | null {
  const m = /^pmtiles:\/\/([^/]+)\/(\d+)\/(\d+)\/(\d+)$/.exec(url);
  return m ? { key: m[1] as string, z: Number(m[2]), x: Number(m[3]), y: Number(m[4]) } : null;
}

/** The tiles' address through the pmtiles protocol: the archive's layer id is the reader's key. */
export const archiveTiles = (id: string) => `pmtiles://${id}/{z}/{x}/{y}`;

/** The MapLibre source of an archive: bounds and zooms from its header, so no TileJSON is asked for. */
export function archiveSource(look: ArchiveLook): VectorSourceSpecification | RasterSourceSpecification {
  const { info } = look;
  const common = {
    tiles: [archiveTiles(look.id)],
    bounds: info.bounds,
    minzoom: info.minZoom,
    maxzoom: info.maxZoom,
    ...(info.attribution ? { attribution: escapeCredit(info.attribution) } : {}),
  };
  return info.kind === 'vector'
    ? { type: 'vector', ...common }
    : { type: 'raster', tileSize: 256, ...common };
}

/**
 * The paint of one style layer of an archive: the user's data's, drawn finer, in its colour; or,
 * for a source layer with the field its style colours by, each land-use code in its colour.
 */
export function archivePaint(
  type: 'fill' | 'line' | 'circle' | 'raster',
  look: Pick<ArchiveLook, 'color' | 'opacity' | 'style' | 'contrast'>,
  fields: readonly string[] = [],
) {
  if (type === 'raster') return { 'raster-opacity': look.opacity };
  if (look.style && fields.includes(look.style.field))
    return stylePaint(type, look.style, [], look.opacity, look.contrast === true);
  return userPaint(type, look.color, look.opacity, 'archive');
}

/**
 * The style layers of an archive, generated from its metadata: for a vector archive, a fill, a line
 * and a circle layer for each source layer its `vector_layers` lists (each drawing only its kind of
 * geometry, in the archive's colour, as an imported layer's); for a raster archive, one raster layer.
 */
export function archiveStyleLayers(look: ArchiveLook): LayerSpecification[] {
  const visibility = look.visible ? 'visible' : 'none';
  if (look.info.kind === 'raster')
    return [
      {
        id: `${look.id}--raster`,
        type: 'raster',
        source: look.id,
        layout: { visibility },
        paint: archivePaint('raster', look),
      } as LayerSpecification,
    ];
  const { style } = look;
  return look.info.layers.flatMap((layer) => [
    ...USER_PARTS.map(
      (part) =>
        ({
          id: `${look.id}--${layer.id}--${part.suffix}`,
          type: part.type,
          source: look.id,
          'source-layer': layer.id,
          filter: part.filter,
          layout: { visibility },
          paint: archivePaint(part.type, look, layer.fields),
        }) as LayerSpecification,
    ),
    // The codes written on the areas, as on an imported land-use layer.
    ...(style && layer.fields.includes(style.field)
      ? [
          (() => {
            const label = labelLayer(look.id, style.field, look.contrast === true);
            return {
              ...label,
              id: `${look.id}--${layer.id}--label`,
              'source-layer': layer.id,
              layout: { ...label.layout, visibility },
            } as LayerSpecification;
          })(),
        ]
      : []),
  ]);
}

/** The archive a style layer belongs to (ids are `archive-…--…`), or null. */
export function archiveOfStyleLayer(styleLayerId: string): string | null {
  const cut = styleLayerId.indexOf('--');
  return styleLayerId.startsWith('archive-') && cut > 0 ? styleLayerId.slice(0, cut) : null;
}
