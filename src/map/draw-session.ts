import type { Feature } from 'geojson';
import type { Map as MlMap } from 'maplibre-gl';
import {
  type GeoJSONStoreFeatures,
  TerraDraw,
  TerraDrawLineStringMode,
  TerraDrawModeUndoRedo,
  TerraDrawPointMode,
  TerraDrawPolygonMode,
  TerraDrawSelectMode,
} from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';
import type { MapController } from './map-controller';

/** What the user does with the pointer on the map while drawing. */
export type DrawMode = 'point' | 'line' | 'polygon' | 'select';

const MODE_NAME: Record<DrawMode, string> = {
  point: 'point',
  line: 'linestring',
  polygon: 'polygon',
  select: 'select',
};
const GEOMETRY_MODE: Record<string, string> = {
  Point: 'point',
  LineString: 'linestring',
  Polygon: 'polygon',
};

/** A drawn feature as the session hands it back: its id is `properties.id`, no drawing-tool properties. */
export type DrawnFeature = Feature & { properties: { id: string } };

export interface DrawCallbacks {
  /** A sketch was finished, moved or reshaped: every sketch as the tools now hold them. */
  onChange: (features: DrawnFeature[]) => void;
  /** A sketch was picked on the map (or let go: null). */
  onSelect: (id: string | null) => void;
}

const ORANGE = '#e8590c';
const DARK = '#7a2e00';

const editable = {
  feature: {
    draggable: true,
    coordinates: { draggable: true, midpoints: true, deletable: true },
  },
};

/**
 * The drawing tools on a map: terra-draw with its MapLibre adapter, loaded when the user first
 * presses "Draw". Points, lines and polygons are drawn by clicks or taps (a polygon closes on its
 * first vertex, or with Enter; Escape drops the one being drawn); in select mode a sketch is
 * dragged, its vertices dragged, added (at the midpoints) or deleted. Sketches come in with
 * `properties.id` and go back out the same way, without the tools' own properties.
 */
export class DrawSession {
  private readonly draw: TerraDraw;
  private readonly ids = new Map<string, string>();
  private quiet = false;

  constructor(
    map: MlMap,
    features: readonly DrawnFeature[],
    private readonly cb: DrawCallbacks,
  ) {
    this.draw = new TerraDraw({
      adapter: new TerraDrawMapLibreGLAdapter({ map, coordinatePrecision: 9 }),
      modes: [
        new TerraDrawPointMode({
          styles: { pointColor: ORANGE, pointWidth: 7, pointOutlineColor: '#ffffff', pointOutlineWidth: 2 },
          editable: true,
        }),
        new TerraDrawLineStringMode({
          styles: {
            lineStringColor: ORANGE,
            lineStringWidth: 3,
            closingPointColor: DARK,
            closingPointWidth: 6,
          },
        }),
        new TerraDrawPolygonMode({
          styles: {
            fillColor: ORANGE,
            fillOpacity: 0.25,
            outlineColor: ORANGE,
            outlineWidth: 3,
            closingPointColor: DARK,
            closingPointWidth: 7,
          },
        }),
        new TerraDrawSelectMode({
          flags: { point: editable, linestring: editable, polygon: editable },
          styles: {
            selectedPolygonColor: ORANGE,
            selectedPolygonOutlineColor: DARK,
            selectedPolygonFillOpacity: 0.35,
            selectedLineStringColor: DARK,
            selectedPointColor: DARK,
            selectionPointColor: DARK,
            midPointColor: ORANGE,
          },
        }),
      ],
      undoRedo: { modeLevel: new TerraDrawModeUndoRedo() },
    });
    // Listening first: the adapter may say it is ready while starting, on a map already loaded.
    this.draw.on('ready', () => {
      this.load(features);
      this.draw.setMode('polygon');
    });
    this.draw.on('finish', () => this.report());
    // A sketch deleted with the tools (select mode's Delete key); guidance points come and go unreported.
    this.draw.on('change', (ids, type) => {
      if (type === 'delete' && !this.quiet && ids.some((id) => this.ids.has(String(id)))) this.report();
    });
    this.draw.on('select', (id) => cb.onSelect(this.ids.get(String(id)) ?? null));
    this.draw.on('deselect', () => cb.onSelect(null));
    this.draw.start();
    // The map's own hover cursor (a pointer over plan features) is set first: a drawing tool's comes after it.
    map.on('mousemove', this.crosshair);
    this.map = map;
  }

  private readonly map: MlMap;
  private readonly crosshair = () => {
    const mode = this.draw.getMode();
    if (mode !== 'select' && mode !== 'static') this.map.getCanvas().style.cursor = 'crosshair';
  };

  private load(features: readonly DrawnFeature[]): void {
    this.quiet = true;
    this.draw.clear();
    this.ids.clear();
    const given = features.flatMap((f): GeoJSONStoreFeatures[] => {
      const mode = f.geometry && GEOMETRY_MODE[f.geometry.type];
      if (!mode) return [];
      const tdId = crypto.randomUUID();
      this.ids.set(tdId, f.properties.id);
      return [{ ...f, id: tdId, properties: { mode, sketch: f.properties.id } } as GeoJSONStoreFeatures];
    });
    if (given.length > 0) this.draw.addFeatures(given);
    this.quiet = false;
  }

  /** Every sketch as the tools hold them now, in the order they were made. */
  private report(): void {
    const out: DrawnFeature[] = [];
    for (const f of this.draw.getSnapshot()) {
      if (f.properties.mode === 'select' || f.properties.selectionPoint || f.properties.midPoint) continue;
      const tdId = String(f.id);
      let id = this.ids.get(tdId);
      if (!id) {
        id = `sk-${tdId.slice(0, 12)}`;
        this.ids.set(tdId, id);
      }
      out.push({ type: 'Feature', geometry: f.geometry, properties: { id } } as DrawnFeature);
    }
    this.cb.onChange(out);
  }

  /** The sketches changed elsewhere (the list, an undo, a link): the tools show them as they are now. */
  replace(features: readonly DrawnFeature[]): void {
    const mode = this.draw.getMode();
    this.load(features);
    if (mode !== 'static') this.draw.setMode(mode);
  }

  setMode(mode: DrawMode): void {
    this.draw.setMode(MODE_NAME[mode]);
  }

  /** A line or polygon is being drawn (its vertices so far can be undone one by one). */
  drawing(): boolean {
    return this.draw.getModeState() === 'drawing';
  }

  /** Drops the line or polygon being drawn (starting the tool again clears what it held). */
  cancel(): void {
    this.draw.setMode(this.draw.getMode());
  }

  /** Takes back the last vertex of the line or polygon being drawn; false when none is being drawn. */
  undoVertex(): boolean {
    return this.drawing() && this.draw.canUndo() ? this.draw.undo() : false;
  }

  /** Picks a sketch for moving and reshaping. */
  select(id: string): void {
    for (const [tdId, sid] of this.ids)
      if (sid === id && this.draw.hasFeature(tdId)) this.draw.selectFeature(tdId);
  }

  stop(): void {
    this.map.off('mousemove', this.crosshair);
    this.map.getCanvas().style.cursor = '';
    this.draw.stop();
  }
}

/** Starts the drawing tools on the main map with these sketches; `stop()` on the session ends them. */
export async function startDrawing(
  ctrl: MapController,
  features: readonly DrawnFeature[],
  cb: DrawCallbacks,
): Promise<DrawSession> {
  const { map } = ctrl;
  // Not map.loaded(): it is false whenever a tile is on its way, and 'load' comes once in a map's life.
  await ctrl.mapLoaded;
  ctrl.drawing = true;
  ctrl.closePopup();
  const session = new DrawSession(map, features, cb);
  const stop = session.stop.bind(session);
  session.stop = () => {
    ctrl.drawing = false;
    stop();
  };
  return session;
}
