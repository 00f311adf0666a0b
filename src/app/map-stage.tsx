import { lazy, Suspense, useState } from 'react';
import { translate } from '../i18n/translate';
import { dismissNotice } from '../state/notice-actions';
import { openPanel, openSites, setSidePanelOpen } from '../state/panel-actions';
import { Notices } from '../ui/notices';
import { useAppState, useStore } from '../ui/use-store';
import { dropHandles, routeFiles } from './archive-area';
import { AttributeTableDock } from './attribute-table-dock';
import { CRAMPED_WIDTH } from './layer-panel';
import { ListDock } from './list-dock';
import { MainMap } from './main-map';
import { useMapCatalog } from './map-catalog';
import { MapTools } from './map-tools';
import { useApp } from './use-app-data';
import { useMapDraws } from './use-map-draws';

const ImportStatus = lazy(() =>
  import('../ui/your-data/import-status').then((m) => ({ default: m.ImportStatus })),
);
// Only a browser without WebGL needs it: loaded then, with the static picture of the province.
// Only an embedded map shows it.
const EmbedBar = lazy(() => import('../ui/embed-bar').then((m) => ({ default: m.EmbedBar })));
const NoMap = lazy(() => import('../ui/no-map').then((m) => ({ default: m.NoMap })));
// The coordinate readout (and proj4) load once the first view is drawn.
const Coordinates = lazy(() => import('./coordinate-tools').then((m) => ({ default: m.CoordinateSlot })));

/**
 * The map and what lies over it: notices, the measure and export tools, the import status, the
 * divider's labels, the drop zone for files, and in embed mode the compact legend. Each part reads
 * the slices it shows, so a change re-renders that part only.
 */
export function MapStage({ embed }: { embed: boolean }) {
  const store = useStore();
  const { importer } = useApp();
  const [dragging, setDragging] = useState(false);
  const mapless = useAppState((x) => x.mapFailure !== null);
  const idle = useAppState((x) => x.firstIdle);
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: dropping files is a shortcut; the file picker in the layer panel does the same by keyboard
    <div
      className={`map-stage ${dragging ? 'is-dragging' : ''}`}
      onDragOver={(e) => {
        if (embed || !e.dataTransfer.types.includes('Files')) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setDragging(true);
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={(e) => {
        if (embed) return;
        e.preventDefault();
        setDragging(false);
        routeFiles(store, importer.importFiles, [...e.dataTransfer.files], dropHandles(e.dataTransfer.items));
      }}
    >
      {mapless ? <MapUnavailable embed={embed} /> : <MainMap />}
      <Crosshair />
      <MapNotices />
      {embed && <EmbedLegend />}
      {!embed && <MapTools />}
      {!embed && idle && !mapless && (
        <Suspense fallback={null}>
          <Coordinates />
        </Suspense>
      )}
      {!embed && <ListDock />}
      {!embed && <AttributeTableDock />}
      {!embed && <ImportArea />}
      {dragging && <DropOverlay />}
    </div>
  );
}

/** In the map's place when it cannot be drawn: what works without it. */
function MapUnavailable({ embed }: { embed: boolean }) {
  const store = useStore();
  const act = store.update;
  const failure = useAppState((x) => x.mapFailure);
  if (!failure) return null;
  return (
    <Suspense fallback={null}>
      <NoMap
        failure={failure}
        embed={embed}
        onSearch={() => {
          act((x) => setSidePanelOpen(x, true));
          // The search box is in the side panel, which may have been folded away.
          requestAnimationFrame(() => document.querySelector<HTMLInputElement>('.search input')?.focus());
        }}
        onSites={() => act((x) => openSites(x, window.innerWidth < CRAMPED_WIDTH))}
        onOverview={() => act((x) => openPanel(x, { kind: 'overview' }))}
      />
    </Suspense>
  );
}

/** Where "add a point at the map centre" puts it, while a measure is in progress. */
function Crosshair() {
  const measuring = useAppState((x) => x.measure !== null && !x.measure.done);
  return measuring ? <div className="map-crosshair" aria-hidden="true" /> : null;
}

function MapNotices() {
  const store = useStore();
  const notices = useAppState((x) => x.notices);
  return <Notices notices={notices} onDismiss={(id) => store.update((x) => dismissNotice(x, id))} />;
}

/** The compact legend of an embedded map. */
function EmbedLegend() {
  const catalog = useMapCatalog();
  const draws = useMapDraws();
  return (
    <Suspense fallback={null}>
      <EmbedBar catalog={catalog} draws={draws} />
    </Suspense>
  );
}

/** The import under way and the outcomes of the last ones. */
function ImportArea() {
  const { importer } = useApp();
  const importing = useAppState((x) => x.importing);
  const reports = useAppState((x) => x.importReports);
  const unsaved = useAppState((x) => x.unsaved);
  const imported = useAppState((x) => x.imported);
  if (!importing && reports.length === 0) return null;
  return (
    <Suspense fallback={null}>
      <ImportStatus
        progress={importing}
        reports={reports}
        onFix={(r, f) => void importer.fix(r, f)}
        onDismiss={importer.dismiss}
        unsaved={(id) => {
          const u = unsaved[id];
          const layer = imported.find((l) => l.id === id);
          return u && layer ? { name: layer.name, unsaved: u } : undefined;
        }}
      />
    </Suspense>
  );
}

function DropOverlay() {
  const lang = useAppState((x) => x.lang);
  return (
    <div className="drop-overlay" aria-hidden="true">
      {translate(lang, 'import.drop')}
    </div>
  );
}
