import type { FeatureCollection, Geometry } from 'geojson';
import { useEffect, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { anchorOf } from '../analysis/anchor';
import type { ParcelGeometry } from '../analysis/parcel-measure';
import { type LayerSource, ReportClient, type TargetSource } from '../analysis/report-client';
import { DEFAULT_WITHIN_M } from '../analysis/report-phrase';
import { userFeatureName } from '../analysis/user-feature-name';
import { ATTRIBUTIONS, type LayerDef } from '../data/catalog-types';
import { PROXIMITY_LAYERS } from '../data/proximity-layers';
import { reportCsv, reportGeoJson } from '../export/report-export';
import { reportText } from '../i18n/strings-report';
import type { ImportedLayer } from '../import/imported-store';
import { readFeature } from '../import/layer-data';
import { parseUserFeatureKey } from '../map/user-layers';
import type { AppState, Panel } from '../state/app-state';
import { closePanel } from '../state/panel-actions';
import { decodeParcel } from '../state/report-actions';
import type { Store } from '../state/store';
import type { Lang } from '../types/core';
import { LandReportPanel, type ReportStatus } from '../ui/report/land-report-panel';
import { hitName } from '../ui/report/report-hits';
import { useAppState } from '../ui/use-store';
import { useMapCatalog } from './map-catalog';
import { useApp } from './use-app-data';
import type { FocusKeeper } from './use-store-effects';

/** One worker for the page's reports: it keeps the layers it was given indexed between reports. */
const client = new ReportClient();

type Resolved =
  | { kind: 'bad-link' }
  | { kind: 'waiting' }
  | { kind: 'ok'; geometry: ParcelGeometry; label: string; skip?: { layerId: string; featureId: string } };

const asParcel = (g: Geometry): ParcelGeometry =>
  g.type === 'Point' || g.type === 'Polygon' || g.type === 'MultiPolygon'
    ? g
    : { type: 'Point', coordinates: anchorOf({ type: 'Feature', properties: {}, geometry: g }) };

/** The parcel the report's link text names, with what to call it; or why there is none yet. */
function resolve(ref: string, imported: readonly ImportedLayer[], lang: Lang): Resolved {
  const parcel = decodeParcel(ref);
  if (!parcel) return { kind: 'bad-link' };
  if (parcel.kind === 'point') {
    const [lng, lat] = parcel.at;
    return {
      kind: 'ok',
      geometry: { type: 'Point', coordinates: parcel.at },
      label: reportText(lang, 'report.point', { lat: lat.toFixed(6), lng: lng.toFixed(6) }),
    };
  }
  if (parcel.kind === 'shape')
    return { kind: 'ok', geometry: parcel.geometry, label: reportText(lang, 'report.shape') };
  const key = parseUserFeatureKey(parcel.key);
  const layer = imported.find((l) => l.id === key?.layerId);
  if (!key || !layer) return { kind: 'waiting' };
  const f = readFeature(layer.data, key.n);
  if (!f?.geometry) return { kind: 'bad-link' };
  return {
    kind: 'ok',
    geometry: asParcel(f.geometry),
    label: reportText(lang, 'report.userFeature', { name: userFeatureName(f), layer: layer.name }),
    skip: { layerId: layer.id, featureId: String(key.n) },
  };
}

/** The layers the report asks: the plan and base layers drawn, and the user's imported layers drawn. */
function layerSources(
  catalog: readonly LayerDef[],
  visible: ReadonlySet<string>,
  data: ReadonlyMap<string, FeatureCollection>,
  imported: readonly ImportedLayer[],
): LayerSource[] {
  const out: LayerSource[] = [];
  for (const d of catalog) {
    const fc = data.get(d.id);
    if (!fc || !visible.has(d.id)) continue;
    const credit = ATTRIBUTIONS[d.attribution];
    out.push({
      key: `plan:${d.id}`,
      payload: () => ({
        meta: { id: d.id, title: d.title, credit: { vi: credit, en: credit }, kind: 'plan' },
        features: fc.features.map((f, i) => ({
          id: String(f.id ?? i),
          geometry: f.geometry,
          properties: (f.properties ?? {}) as Record<string, unknown>,
        })),
      }),
    });
  }
  for (const l of imported) {
    if (!l.visible) continue;
    const name = { vi: l.name, en: l.name };
    out.push({
      key: `user:${l.id}:${l.data.count}:${l.data.bytes.length}`,
      payload: () => ({
        meta: {
          id: l.id,
          title: name,
          credit: {
            vi: reportText('vi', 'report.yourFile', { name: l.name }),
            en: reportText('en', 'report.yourFile', { name: l.name }),
          },
          kind: 'user',
        },
        bytes: l.data.bytes,
      }),
    });
  }
  return out;
}

/** What distances are measured to (as the site table measures), and the parks and clusters. */
const TARGET_LAYERS = [...PROXIMITY_LAYERS, 'roads', 'industrial-parks', 'industrial-clusters'];

function targetSource(data: ReadonlyMap<string, FeatureCollection>): TargetSource {
  const ids = TARGET_LAYERS.filter((id) => data.has(id));
  return {
    key: `targets:${ids.join(',')}`,
    data: () => ids.map((id) => [id, data.get(id) as FeatureCollection]),
  };
}

/** The newest date the plan's features give for their status (ISO, as precise as given). */
function dataDateOf(data: ReadonlyMap<string, FeatureCollection>): string | null {
  let newest: string | null = null;
  for (const fc of data.values())
    for (const f of fc.features) {
      const d = (f.properties as { status_date?: unknown } | null)?.status_date;
      if (typeof d === 'string' && (!newest || d > newest)) newest = d;
    }
  return newest;
}

function save(text: string, type: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The land report open (loaded when first opened): it finds the parcel, asks the layers, and shows the answers. */
export function ReportLayer({ store, focus }: { store: Store<AppState>; focus: FocusKeeper }) {
  const panel = useAppState((s) => s.panel) as Extract<Panel, { kind: 'report' }>;
  const lang = useAppState((s) => s.lang);
  const imported = useAppState((s) => s.imported);
  const visible = useAppState((s) => s.layers.visible);
  const archives = useAppState((s) => s.archives);
  const mapless = useAppState((s) => s.mapFailure !== null);
  const app = useApp();
  const catalog = useMapCatalog();
  const [withinM, setWithinM] = useState(DEFAULT_WITHIN_M);
  const [status, setStatus] = useState<ReportStatus>({ kind: 'loading' });
  const dataDate = useMemo(() => dataDateOf(app.data), [app.data]);
  const resolved = useMemo(() => resolve(panel.ref, imported, lang), [panel.ref, imported, lang]);
  const sources = useMemo(
    () => layerSources(catalog, visible, app.data, imported),
    [catalog, visible, app.data, imported],
  );
  const geometry = resolved.kind === 'ok' ? resolved.geometry : null;
  const skip = resolved.kind === 'ok' ? resolved.skip : undefined;
  const skipKey = skip ? `${skip.layerId}/${skip.featureId}` : '';
  // biome-ignore lint/correctness/useExhaustiveDependencies: the skip is named by skipKey
  useEffect(() => {
    if (resolved.kind !== 'ok' || !geometry) {
      setStatus({ kind: resolved.kind === 'bad-link' ? 'bad-link' : 'waiting' });
      return;
    }
    let live = true;
    setStatus({ kind: 'loading' });
    client
      .report(geometry, sources, { withinM, skip }, app.settled ? targetSource(app.data) : undefined)
      .then(
        ({ report, distances }) => {
          if (live) setStatus({ kind: 'ready', report, distances });
        },
        (e: unknown) =>
          live && setStatus({ kind: 'failed', why: e instanceof Error ? e.message : String(e) }),
      );
    return () => {
      live = false;
    };
  }, [resolved.kind, geometry, sources, withinM, skipKey, app.settled, app.data]);

  const archive = panel.pick ? archives.find((a) => a.id === panel.pick?.layerId) : undefined;
  const label = resolved.kind === 'ok' ? resolved.label : '';
  const onExport = (kind: 'geojson' | 'csv') => {
    if (status.kind !== 'ready' || !geometry) return;
    const made = new Date().toISOString().slice(0, 10);
    const base = `phieu-tra-cuu-${made}`;
    if (kind === 'geojson') {
      const fc = reportGeoJson(geometry, status.report, {
        title: `${reportText(lang, 'report.title')}: ${label}`,
        note: reportText(lang, 'report.notCertificate'),
        made,
      });
      save(JSON.stringify(fc), 'application/geo+json', `${base}.geojson`);
    } else {
      const names = new Map(
        status.report.layers.flatMap((l) =>
          l.hits.map((h) => [`${l.layerId}/${h.featureId}`, hitName(h, lang)]),
        ),
      );
      const csv = reportCsv(status.report, (layerId, id) => names.get(`${layerId}/${id}`) ?? id, lang);
      save(csv, 'text/csv;charset=utf-8', `${base}.csv`);
    }
  };
  // Beside the app, not in it: printing hides the app and keeps only the report.
  return createPortal(
    <LandReportPanel
      lang={lang}
      label={label}
      point={geometry?.type === 'Point'}
      mapless={mapless}
      status={status}
      archive={panel.pick && { name: archive?.name ?? panel.pick.layerId, properties: panel.pick.properties }}
      withinM={withinM}
      onWithin={setWithinM}
      kinds={app.tools.measured}
      dataDate={dataDate}
      onExport={onExport}
      onClose={() => {
        store.update(closePanel);
        focus.fromPanel();
      }}
    />,
    document.body,
  );
}
