import type { Swatch } from '../data/catalog-types';
import type { ArchiveInfo, ArchiveReader } from '../import/archive-info';
import type { LayerData } from '../import/layer-data';
import type { LayerStyle } from '../import/layer-style';
import type { AppState } from './app-state';
import type { ArchiveStyle } from './archive-actions';
import type { LayerSetup } from './layer-state';

/**
 * What a map draws, described once from the state: every map (main, divider, print), legend and
 * export reads this (its legend and credits: `draw-legend.ts`), so none of them can leave out a kind of layer the others draw. A new kind of
 * the user's own layers (sketches, scanned plan sheets, web map services) is one more member of
 * `UserDraw` and one more line in `mapDraws`.
 */
export interface MapDraws {
  /** The catalog's layers: which are on, their order (bottom to top) and opacities; the layer look of every map. */
  plan: LayerSetup;
  /** The user's own layers of every kind, bottom to top, hidden ones too (switched off). */
  user: readonly UserDraw[];
}

/** What every kind of the user's own layers has on a map, a legend and a picture's credits. */
interface UserDrawCommon {
  id: string;
  name: string;
  /** `#rrggbb` */
  color: string;
  /** 0–1 */
  opacity: number;
  visible: boolean;
  /** Its row in a legend. */
  swatch: Swatch;
  /** The credit its data carries besides "the user's data" (an archive's metadata), as plain text. */
  credit: string | null;
}

/** A layer the user imported: GeoJSON bytes the map reads by URL. */
export interface ImportedDraw extends UserDrawCommon {
  kind: 'imported';
  data: LayerData;
  /** Coloured by an attribute; absent: in `color`. */
  style?: LayerStyle;
  /** The field written beside each feature. */
  label?: string;
  /** Drawn in the high-contrast map style (land-use codes in their colour-vision-safe colours). */
  contrast: boolean;
}

/** A PMTiles archive, open: its tiles read through `reader`. */
export interface ArchiveDraw extends UserDrawCommon {
  kind: 'archive';
  info: ArchiveInfo;
  reader: ArchiveReader;
  /** Coloured by land-use code; absent: in `color`. */
  style?: ArchiveStyle;
  /** Drawn in the high-contrast map style. */
  contrast: boolean;
}

export type UserDraw = ImportedDraw | ArchiveDraw;

/** The layer that holds the user's sketches (drawn, or typed as coordinates): one like an imported layer. */
export const SKETCH_LAYER_ID = 'user-sketches';

const fillSwatch = (color: string, outline: string): Swatch => ({ kind: 'fill', color, outline });

/**
 * The description of what the maps draw now. Archives lie under the imported layers (a background
 * of many features under the user's own drawings), so they come first; an archive is drawn once it
 * is open. While `sketching`, the sketch layer is left to the drawing tools. Keep the result (it is new on every call): maps diff what they are given.
 */
export function mapDraws(
  s: Pick<AppState, 'layers' | 'imported' | 'archives'>,
  sketching = false,
  contrast = false,
): MapDraws {
  const archives = s.archives.flatMap(({ id, name, color, opacity, visible, status, info, reader, style }) =>
    status === 'open' && info && reader
      ? [
          {
            kind: 'archive' as const,
            id,
            name,
            color,
            opacity,
            visible,
            info,
            reader,
            ...(style && info.kind === 'vector' ? { style } : {}),
            contrast,
            // A raster's colour is not drawn: its row is a neutral grey; coloured by code, neutral too.
            swatch:
              style && info.kind === 'vector'
                ? fillSwatch('#ffffff', '#5f5f5f')
                : fillSwatch(info.kind === 'raster' ? '#9e9e9e' : color, color),
            credit: info.attribution,
          },
        ]
      : [],
  );
  const imported = s.imported.map(
    ({ id, name, color, opacity, visible, data, style, label }): ImportedDraw => ({
      kind: 'imported',
      id,
      name,
      color,
      opacity,
      // While drawing, the drawing tools show the sketches (moved and reshaped as they are dragged).
      visible: visible && !(sketching && id === SKETCH_LAYER_ID),
      data,
      ...(style ? { style } : {}),
      ...(label !== undefined ? { label } : {}),
      contrast,
      // Coloured by code, its rows in a legend are its codes' (draw-legend.ts); its own is neutral.
      swatch: style ? fillSwatch('#ffffff', '#5f5f5f') : fillSwatch(color, color),
      credit: null,
    }),
  );
  return { plan: s.layers, user: [...archives, ...imported] };
}

/** The user's layers of one kind, bottom to top (what that kind's map code draws). */
export function userOfKind<K extends UserDraw['kind']>(
  draws: Pick<MapDraws, 'user'>,
  kind: K,
): Extract<UserDraw, { kind: K }>[] {
  return draws.user.filter((u): u is Extract<UserDraw, { kind: K }> => u.kind === kind);
}

/** The user's layers drawn now (switched on), top first, as a legend lists them. */
export function userDrawn(draws: Pick<MapDraws, 'user'>): UserDraw[] {
  return [...draws.user].reverse().filter((u) => u.visible);
}
