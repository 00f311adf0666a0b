import type { PMTiles } from 'pmtiles';
import { MAX_BOUNDS } from '../data/boxes';
import type { Bounds } from '../types/core';
import type { ArchiveHeader } from './archive-header';
import { distanceKm, PROVINCE_BOX } from './geo-box';

/** An opened archive the map reads tiles from (the pmtiles library's reader; never stored). */
export type ArchiveReader = PMTiles;

/** A source layer of a vector archive, as its metadata lists it (`vector_layers`). */
export interface SourceLayerInfo {
  id: string;
  fields: string[];
}

/** What the viewer knows of an opened archive: enough to style, frame, credit and place it. */
export interface ArchiveInfo {
  kind: 'vector' | 'raster';
  /** The tiles' format: mvt, png, jpg, webp. */
  format: 'mvt' | 'png' | 'jpg' | 'webp';
  bounds: Bounds;
  minZoom: number;
  maxZoom: number;
  /** Vector archives: the source layers to draw; empty for rasters. */
  layers: SourceLayerInfo[];
  /** The archive's credit as plain text (its metadata's `attribution`, tags taken out), or null. */
  attribution: string | null;
  /** The name its metadata gives, or null. */
  title: string | null;
}

const FORMATS = { 1: 'mvt', 2: 'png', 3: 'jpg', 4: 'webp' } as const;

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  copy: '©',
};

/**
 * An archive's credit as plain text: archives made by GDAL, tippecanoe or planetiler often carry
 * HTML links (`<a href=…>© OpenStreetMap</a>`); the viewer shows the words, never the markup.
 */
export function creditText(attribution: unknown): string | null {
  const s = str(attribution);
  if (!s) return null;
  const text = s
    // Tags only (`<` then a letter, `/` or `!`, up to its `>`): a lone `<` ("tỉ lệ < 1:2000") is a word.
    .replace(/<[a-z/!][^>]*>/gi, ' ')
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') {
        const n = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1));
        return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : m;
      }
      return ENTITIES[e.toLowerCase()] ?? m;
    })
    .replace(/\s+/g, ' ')
    .trim();
  return text === '' ? null : text.slice(0, 300);
}

/** At most this many source layers are styled, fields listed per layer, characters in an id or field name. */
export const LAYERS_MAX = 50;
const FIELDS_MAX = 200;
const NAME_MAX = 100;

/** The source layers a vector archive's metadata lists, with their fields (bad entries left out). */
export function sourceLayers(metadata: unknown): SourceLayerInfo[] {
  const list = (metadata as { vector_layers?: unknown } | null)?.vector_layers;
  if (!Array.isArray(list)) return [];
  const seen = new Set<string>();
  const layers = list.flatMap((l: unknown) => {
    const id = str((l as { id?: unknown })?.id);
    // An id is matched against the tiles' layer names: a longer one cannot be cut, it is left out.
    if (!id || id.length > NAME_MAX || seen.has(id)) return [];
    seen.add(id);
    const fields = (l as { fields?: unknown }).fields;
    const names = fields && typeof fields === 'object' ? Object.keys(fields) : [];
    return [{ id, fields: names.filter((f) => f.length <= NAME_MAX).slice(0, FIELDS_MAX) }];
  });
  // Hostile or odd metadata must not make thousands of style layers: the first ones are drawn.
  return layers.slice(0, LAYERS_MAX);
}

/**
 * What the viewer knows of an archive from its checked header and its metadata (any JSON: a bad
 * or missing metadata gives no layers, no credit). A vector archive whose metadata lists no layers
 * cannot be styled: `null`.
 */
export function archiveInfo(header: ArchiveHeader, metadata: unknown): ArchiveInfo | null {
  const format = FORMATS[header.tileType as keyof typeof FORMATS];
  if (!format) return null;
  const kind = format === 'mvt' ? 'vector' : 'raster';
  const layers = kind === 'vector' ? sourceLayers(metadata) : [];
  if (kind === 'vector' && layers.length === 0) return null;
  const m = (metadata ?? {}) as { attribution?: unknown; name?: unknown };
  const [w, s, e, n] = header.bounds;
  const valid = w < e && s < n && w >= -180 && e <= 180 && s >= -90 && n <= 90;
  return {
    kind,
    format,
    bounds: valid ? header.bounds : [-180, -85.05, 180, 85.05],
    minZoom: header.minZoom,
    maxZoom: Math.max(header.minZoom, header.maxZoom),
    layers,
    attribution: creditText(m.attribution),
    title: str(m.name),
  };
}

/** Beyond this distance the data is "far from the province" (FAR_KM of coordinates.ts, which this chunk does not load). */
const FAR_KM = 300;

/**
 * Whether an archive can be seen on this map, named as imports name data out of view: `null` when
 * its bounds reach the area the map shows; else how far it lies and around where.
 */
export function archiveOutOfView(
  bounds: Bounds,
):
  | { code: 'far-from-province'; params: { km: number; lng: number; lat: number } }
  | { code: 'outside-view' }
  | null {
  const [w, s, e, n] = bounds;
  const [vw, vs, ve, vn] = MAX_BOUNDS;
  if (w <= ve && e >= vw && s <= vn && n >= vs) return null;
  const km = distanceKm({ west: w, south: s, east: e, north: n }, PROVINCE_BOX);
  if (km <= FAR_KM) return { code: 'outside-view' };
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    code: 'far-from-province',
    params: { km: Math.round(km / 10) * 10, lng: round((w + e) / 2), lat: round((s + n) / 2) },
  };
}

/**
 * An address the user typed for an archive: https anywhere; plain http only on this computer
 * (a planner's own tile server, the browser tests), since the page's CSP allows nothing else.
 */
/** The name an archive at `url` is listed under: its file name, decoded when it can be (a malformed code stays as written). */
export function addressName(url: string): string {
  const raw = new URL(url).pathname.split('/').pop() ?? '';
  let name = raw;
  try {
    name = decodeURIComponent(raw);
  } catch {
    // A malformed percent code (`%E0%A4%A`): the raw name is still a name.
  }
  return name || url;
}

export function archiveAddress(text: string, localHttp: boolean): { ok: true; url: string } | { ok: false } {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { ok: false };
  }
  // Only where the page's policy allows http on this computer (the tests'; never the public page's).
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
  if (url.protocol === 'https:' || (url.protocol === 'http:' && local && localHttp))
    return { ok: true, url: url.href };
  return { ok: false };
}
