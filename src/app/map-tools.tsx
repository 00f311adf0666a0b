import { lazy, Suspense, useState } from 'react';
import type { LayerDef } from '../data/catalog-types';
import { translate } from '../i18n/translate';
import type { AppState } from '../state/app-state';
import { mapDraws } from '../state/map-draws';
import { addMeasurePoint, setMeasure } from '../state/measure-actions';
import { mapStyleOf } from '../state/selectors';
import { ExportMenu } from '../ui/map-tools/export-menu';
import { MeasureTool } from '../ui/map-tools/measure-tool';
import { useAppState, useStore } from '../ui/use-store';
import type { ShownView } from './export-actions';
import { ListButtons } from './list-dock';
import { useMapCatalog } from './map-catalog';
import { type AppData, useApp } from './use-app-data';

/** The drawing tools and the sketches' link sync: one chunk, loaded when first wanted. */
export const loadSketches = () => import('./sketch-tools');
const SketchTools = lazy(() => loadSketches().then((m) => ({ default: m.SketchTools })));

/** What an export shows: the map as the state and the data are at the moment it is asked for. */
function shownView(s: AppState, app: AppData, catalog: readonly LayerDef[]): ShownView {
  return {
    catalog,
    draws: mapDraws(s, false, mapStyleOf(s) === 'contrast'),
    data: app.data,
    visible: s.layers.visible,
    phase: s.phase,
    siteLayers: app.tools.siteLayers,
    shownSites: app.tools.siteStyle.shown,
    swipe: s.swipe,
    measure: s.measure,
    baseMap: s.baseMap,
    lang: s.lang,
  };
}

/** The tools over the map: measuring, the list view's buttons and the export menu. */
export function MapTools() {
  const store = useStore();
  const act = store.update;
  const app = useApp();
  const catalog = useMapCatalog();
  const measure = useAppState((x) => x.measure);
  const lang = useAppState((x) => x.lang);
  const mapless = useAppState((x) => x.mapFailure !== null);
  const view = () => shownView(store.get(), app, catalog);
  const [drawing, setDrawing] = useState(false);
  return (
    // data-covers-map: the camera and the popup keep clear of what lies over the map (map/map-cover.ts).
    <div className="map-tools" data-covers-map="">
      {!mapless && (
        <div className="measure-tool">
          <button type="button" aria-pressed={drawing} onClick={() => setDrawing(!drawing)}>
            {translate(lang, 'sketch.open')}
          </button>
          {drawing && (
            <Suspense>
              <SketchTools onClose={() => setDrawing(false)} />
            </Suspense>
          )}
        </div>
      )}
      {!mapless && (
        <MeasureTool
          measure={measure}
          onChange={(m) => act((x) => setMeasure(x, m))}
          onAddCenter={() => {
            const c = app.mapApi.current?.center();
            if (c) act((x) => addMeasurePoint(x, c));
          }}
        />
      )}
      {/* Before the export menu, which opens leftwards from the right end of the row on a phone. */}
      <ListButtons />
      <ExportMenu
        pngUnavailable={mapless ? translate(lang, 'nomap.pngNeedsMap') : null}
        onPng={async (pixelRatio) => {
          const api = app.mapApi.current;
          if (!api) throw new Error('no map');
          const { exportPng } = await import('./export-actions');
          await exportPng(view(), api, api.viewBounds(), pixelRatio);
        }}
        onGeoJson={() => void import('./export-actions').then((m) => m.exportGeoJson(view()))}
        onCsv={() => void import('./export-actions').then((m) => m.exportCsv(view()))}
      />
    </div>
  );
}
