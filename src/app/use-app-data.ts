import { createContext, useCallback, useContext, useEffect, useMemo, useRef } from 'react';
import { CATALOG } from '../../geodata/catalog';
import { isSiteKind } from '../analysis/site-kinds';
import { indexPlanFeatures } from '../data/plan-index';
import { PROXIMITY_LAYERS } from '../data/proximity-layers';
import type { ImportedLayer } from '../import/imported-store';
import type { MapApi } from '../map/map-view';
import { selectedId } from '../state/app-state';
import {
  addImported,
  moveImported,
  removeImported,
  setAttributeTable,
  updateImported,
} from '../state/imported-actions';
import type { InvestorState } from '../state/investor';
import { updateInvestor } from '../state/investor-actions';
import { pruneUnknownIds } from '../state/link';
import { notify } from '../state/notice-actions';
import { chooseFeature } from '../state/selection-actions';
import { useInvestorTools } from '../ui/investor/use-investor-tools';
import { useAppState, useStore } from '../ui/use-store';
import type { ImportedLayerList } from '../ui/your-data/imported-layers';
import { searchIndex } from './search-index';
import { useImport } from './use-import';
import { useLayerData } from './use-layer-data';

/** Layers the investor tools measure distances to: loaded even when hidden. */
const ALWAYS_LOADED: ReadonlySet<string> = new Set(PROXIMITY_LAYERS);

/**
 * Everything the screen shows that is not view state: the loaded data and its index, the
 * investor tools computed from it, the user's layers with what may be done to them, the import
 * queue, and the map's own API. Also the commands that need both the data and the store.
 */
export function useAppData() {
  const store = useStore();
  const visible = useAppState((s) => s.layers.visible);
  const lang = useAppState((s) => s.lang);
  const investor = useAppState((s) => s.investor);
  const panel = useAppState((s) => s.panel);
  const importedLayers = useAppState((s) => s.imported);
  const unsaved = useAppState((s) => s.unsaved);
  const mapApi = useRef<MapApi | null>(null);

  const { data, status, settled, allSettled } = useLayerData(
    CATALOG,
    visible,
    (def, reason) =>
      store.update((s) =>
        notify(s, { id: `layer-${def.id}`, key: 'notice.layerFailed', params: { title: def.title, reason } }),
      ),
    ALWAYS_LOADED,
  );
  const index = useMemo(() => indexPlanFeatures(CATALOG, data), [data]);
  const searchItems = useMemo(() => searchIndex(index, data, lang), [index, data, lang]);

  // Distances are wanted by a site's details, sheet or comparison, and by the site table.
  const setInvestor = useCallback(
    (change: (i: InvestorState) => InvestorState) => store.update((s) => updateInvestor(s, change)),
    [store],
  );
  const tools = useInvestorTools(
    investor,
    setInvestor,
    index,
    data,
    lang,
    panel !== null && panel.kind !== 'overview',
  );

  // A linked feature that is not in the loaded data (renamed, removed, mistyped) is named and
  // dropped: once the data is in, and whenever a later link (pasted, back/forward) names one.
  const selected = useAppState(selectedId);
  const panelId = useAppState((s) => (s.panel && 'id' in s.panel ? s.panel.id : null));
  useEffect(() => {
    void [selected, panelId, investor.compare];
    // Only sites are compared: a linked id of another plan feature (a road) would be awaited forever.
    const comparable = (id: string) => {
      const kind = index.get(id)?.feature.properties.kind;
      return kind !== undefined && isSiteKind(kind);
    };
    if (allSettled) store.update((s) => pruneUnknownIds(s, (id) => index.has(id), comparable));
  }, [allSettled, index, store, selected, panelId, investor.compare]);

  const commands = useMemo(() => {
    /** Frames a layer the user imported: a cluster is invisible at the scale of the province. */
    const frameLayer = (layer: ImportedLayer) => {
      const b = layer.data.bbox;
      if (b) mapApi.current?.fitBounds(b);
    };
    return {
      frameLayer,
      addLayer: (layer: ImportedLayer) => {
        store.update((s) => addImported(s, layer));
        frameLayer(layer);
      },
      /** Removes a layer, with an offer to undo for 20 s. */
      removeLayer: (layer: ImportedLayer) =>
        store.update((s) =>
          notify(removeImported(s, layer.id), {
            id: `removed-${layer.id}`,
            key: 'user.removed',
            params: { name: layer.name },
            action: { label: 'user.undo', run: () => store.update((x) => addImported(x, layer)) },
            timeoutMs: 20_000,
          }),
        ),
    };
  }, [store]);

  const imported: ImportedLayerList = useMemo(
    () => ({
      layers: importedLayers,
      unsaved,
      update: (id, patch) => store.update((s) => updateImported(s, id, patch)),
      move: (id, dir) => store.update((s) => moveImported(s, id, dir)),
      openTable: (id) => store.update((s) => setAttributeTable(s, id)),
    }),
    [importedLayers, unsaved, store],
  );
  const importer = useImport(store, commands.addLayer);

  /** Shows a plan feature chosen from a list, the search or a table; its layer comes on if it was off. */
  const choose = useCallback(
    (id: string) => store.update((s) => chooseFeature(s, id, index.get(id)?.layerId)),
    [store, index],
  );

  return useMemo(
    () => ({
      data,
      status,
      settled,
      index,
      searchItems,
      tools,
      imported,
      importer,
      mapApi,
      choose,
      ...commands,
    }),
    [data, status, settled, index, searchItems, tools, imported, importer, choose, commands],
  );
}

export type AppData = ReturnType<typeof useAppData>;

/**
 * The app's data, given to the parts of the page by the app (app.tsx) rather than through the
 * root's props: a part that reads it re-renders when the data changes, not when the root does.
 */
export const AppDataContext = createContext<AppData | null>(null);

export function useApp(): AppData {
  const app = useContext(AppDataContext);
  if (!app) throw new Error('useApp outside AppDataContext');
  return app;
}
