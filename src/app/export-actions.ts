import type { Feature, FeatureCollection } from 'geojson';
import { boundsOf } from '../analysis/anchor';
import { metresPerPixel, scaleBar } from '../analysis/scale-bar';
import { ATTRIBUTIONS, type LayerDef } from '../data/catalog-types';
import { licenceAddresses } from '../data/credits';
import { composePng, download } from '../export/compose-png';
import { CSV_STYLES, type ExportLayer, toCsv, toGeoJson } from '../export/export-data';
import { measureResult } from '../i18n/format-measure';
import { panelText } from '../i18n/panel-text';
import { readFeatures } from '../import/layer-data';
import type { MapApi } from '../map/map-view';
import type { MeasureState } from '../state/app-state';
import { drawCredits, drawLegend, USER_CREDIT } from '../state/draw-legend';
import { type MapDraws, userDrawn } from '../state/map-draws';
import { drawnLayers, isFeatureShown, type ShownRule } from '../state/selectors';
import type { Bounds, Lang, PhaseView } from '../types/core';

/** What the map shows now: the layers drawn, top first, what passes the filters, the phase. */
export interface ShownView extends ShownRule {
  catalog: readonly LayerDef[];
  /** What the maps draw (the one description every map, legend and export reads). */
  draws: MapDraws;
  data: ReadonlyMap<string, FeatureCollection>;
  /** The phase (or 'base') right of the compare divider, when comparing. */
  swipe: PhaseView | 'base' | null;
  /** A measure in progress: its result, as the tool shows it, is printed under the picture. */
  measure: MeasureState | null;
  baseMap: 'embedded' | 'osm';
  lang: Lang;
}

const drawnDefs = (v: ShownView) => drawnLayers(v.catalog, v.draws.plan);

/** Features the map shows of a drawn layer: in the phase seen, and through the investor filters on sites. */
function shownFeatures(v: ShownView, d: LayerDef): Feature[] {
  return (v.data.get(d.id)?.features ?? []).filter((f) => isFeatureShown(v, d.id, f));
}

/**
 * The data layers drawn — the plan's and the user's, not the base map (reference data with its
 * own sources and share-alike licences) — with the features the map shows of each, top first.
 * The user's features are read from their bytes a chunk at a time, so a big layer never holds
 * the page for long.
 */
export async function shownLayers(v: ShownView): Promise<ExportLayer[]> {
  const plan = drawnDefs(v)
    .filter((d) => d.group !== 'base')
    .map((d) => ({
      id: d.id,
      title: d.title[v.lang],
      attribution: ATTRIBUTIONS[d.attribution],
      features: shownFeatures(v, d),
    }));
  const users: ExportLayer[] = [];
  // Archives are tiles read in place, not features to copy: a data export holds the imported layers.
  for (const l of userDrawn(v.draws)) {
    if (l.kind !== 'imported') continue;
    users.push({
      id: l.id,
      title: l.name,
      attribution: USER_CREDIT[v.lang],
      features: await readFeatures(l.data),
    });
  }
  return [...users, ...plan];
}

const stamp = () => new Date().toISOString().slice(0, 10);
const fileBase = (v: ShownView) =>
  `${v.lang === 'vi' ? 'quy-hoach-lang-son' : 'lang-son-plan'}-${v.phase}-${stamp()}`;

export async function exportGeoJson(v: ShownView): Promise<void> {
  const fc = { ...toGeoJson(await shownLayers(v)), phase: v.phase };
  download(new Blob([JSON.stringify(fc)], { type: 'application/geo+json' }), `${fileBase(v)}.geojson`);
}

export async function exportCsv(v: ShownView): Promise<void> {
  const csv = toCsv(await shownLayers(v), CSV_STYLES[v.lang]);
  download(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `${fileBase(v)}.csv`);
}

/** Every credit the picture owes (see drawCredits). */
export const pictureCredits = (v: ShownView): string[] => drawCredits(v.draws, v.catalog, v.baseMap, v.lang);

const overlaps = (a: Bounds, b: Bounds) => a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];

/**
 * The map as a PNG: title with the phase seen (and the compared one), the map with scale bar and
 * north arrow, the legend of what is drawn in view, a measure's result, and every credit.
 * `pixelRatio` 2 draws it twice as sharp, for print.
 */
export async function exportPng(v: ShownView, api: MapApi, view: Bounds, pixelRatio?: number): Promise<Blob> {
  const t = (k: Parameters<typeof panelText>[1], p?: Record<string, string>) => panelText(v.lang, k, p);
  const shot = await api.snapshot(pixelRatio);
  const inView = (d: LayerDef) =>
    (d.plan ? shownFeatures(v, d) : (v.data.get(d.id)?.features ?? [])).some((f) =>
      overlaps(boundsOf(f), view),
    );
  const legend = drawLegend(v.draws, v.catalog, v.lang, (name) => `${name} (${t('user.heading')})`, inView);
  const phaseName = (p: PhaseView | 'base') => t(p === 'base' ? 'phase.base' : `phase.${p}`);
  const seen = v.swipe
    ? t('export.compared', { left: phaseName(v.phase), right: phaseName(v.swipe) })
    : `${t('phase.heading')}: ${phaseName(v.phase)}`;
  const blob = await composePng({
    map: shot.canvas,
    pixelRatio: shot.pixelRatio,
    title: `${t('app.title')} — ${seen}`,
    subtitle: `${t('app.subtitle')} · ${t('app.basis')}`,
    legendTitle: t('legend.heading'),
    legend,
    scale: scaleBar(metresPerPixel(shot.lat, shot.zoom), 120),
    north: t('sheet.north'),
    split:
      shot.split === null
        ? null
        : { at: shot.split, left: phaseName(v.phase), right: phaseName(v.swipe ?? v.phase) },
    note: v.measure ? measureResult(v.lang, v.measure.mode, v.measure.points) : null,
    attribution: [
      ...pictureCredits(v),
      t('credits.short', { licences: licenceAddresses(pictureCredits(v)).join(' · ') }),
    ].join(' · '),
    footer: `${t('export.made')} ${stamp()} · ${window.location.href}`,
  });
  download(blob, `${fileBase(v)}${pixelRatio === 2 ? '@2x' : ''}.png`);
  return blob;
}
