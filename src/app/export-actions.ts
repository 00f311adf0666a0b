import type { FeatureCollection } from 'geojson';
import { metresPerPixel, scaleBar } from '../analysis/scale-bar';
import { ATTRIBUTIONS, type LayerDef, type Swatch } from '../data/catalog-types';
import { legendOf } from '../data/legend';
import { composePng, download } from '../export/compose-png';
import { type ExportLayer, toCsv, toGeoJson } from '../export/export-data';
import { type Lang, translate } from '../i18n/translate';
import type { ImportedLayer } from '../import/imported-store';
import type { MapApi } from '../map/map-view';

/** What the map shows now: the layers drawn, top first, and which sites pass the filters. */
export interface ShownView {
  catalog: readonly LayerDef[];
  /** Catalog ids, bottom to top. */
  order: readonly string[];
  visible: ReadonlySet<string>;
  data: ReadonlyMap<string, FeatureCollection>;
  /** Site ids the investor filters let through, or null when nothing is filtered. */
  shownSites: ReadonlySet<string> | null;
  siteLayers: readonly string[];
  userLayers: readonly ImportedLayer[];
  baseMap: 'embedded' | 'osm';
  lang: Lang;
}

const USER_CREDIT = { vi: 'Dữ liệu do người dùng nhập', en: 'Data imported by the user' };

const drawnDefs = (v: ShownView) =>
  [...v.order]
    .reverse()
    .map((id) => v.catalog.find((d) => d.id === id))
    .filter((d): d is LayerDef => d !== undefined && v.visible.has(d.id));
const drawnUsers = (v: ShownView) => [...v.userLayers].reverse().filter((l) => l.visible);

/** The layers drawn, with the features the map shows of each (site filters applied), top first. */
export function shownLayers(v: ShownView): ExportLayer[] {
  const catalog = drawnDefs(v).map((d) => {
    const features = v.data.get(d.id)?.features ?? [];
    const filtered =
      v.shownSites && v.siteLayers.includes(d.id)
        ? features.filter((f) => v.shownSites?.has(String(f.id)))
        : features;
    return { id: d.id, title: d.title[v.lang], attribution: ATTRIBUTIONS[d.attribution], features: filtered };
  });
  const users = drawnUsers(v).map((l) => ({
    id: l.id,
    title: l.name,
    attribution: USER_CREDIT[v.lang],
    features: l.fc.features,
  }));
  return [...users, ...catalog];
}

const stamp = () => new Date().toISOString().slice(0, 10);
const fileBase = (lang: Lang) => `${lang === 'vi' ? 'quy-hoach-lang-son' : 'lang-son-plan'}-${stamp()}`;

export function exportGeoJson(v: ShownView): void {
  const text = JSON.stringify(toGeoJson(shownLayers(v)));
  download(new Blob([text], { type: 'application/geo+json' }), `${fileBase(v.lang)}.geojson`);
}

export function exportCsv(v: ShownView): void {
  download(new Blob([toCsv(shownLayers(v))], { type: 'text/csv;charset=utf-8' }), `${fileBase(v.lang)}.csv`);
}

/** The map as a PNG with its legend, scale bar, north arrow and every credit. */
export async function exportPng(v: ShownView, api: MapApi): Promise<Blob> {
  const t = (k: Parameters<typeof translate>[1]) => translate(v.lang, k);
  const shot = await api.snapshot();
  const legend: { label: string; swatch: Swatch }[] = [
    ...drawnUsers(v).map((l) => ({
      label: `${l.name} (${t('user.heading')})`,
      swatch: { kind: 'fill' as const, color: l.color, outline: l.color },
    })),
    ...drawnDefs(v).flatMap((d) =>
      legendOf(d).map((row) => ({ label: row.label[v.lang], swatch: row.swatch })),
    ),
  ];
  const credits = new Set(drawnDefs(v).flatMap((d) => ATTRIBUTIONS[d.attribution].split(' · ')));
  if (v.baseMap === 'osm') credits.add(ATTRIBUTIONS.osm);
  if (drawnUsers(v).length > 0) credits.add(USER_CREDIT[v.lang]);
  const blob = await composePng({
    map: shot.canvas,
    pixelRatio: shot.pixelRatio,
    title: t('app.title'),
    subtitle: `${t('app.subtitle')} · ${t('app.basis')}`,
    legendTitle: t('legend.heading'),
    legend,
    scale: scaleBar(metresPerPixel(shot.lat, shot.zoom), 120),
    north: t('sheet.north'),
    attribution: [...credits].join(' · '),
    footer: `${t('export.made')} ${stamp()} · ${window.location.href}`,
  });
  download(blob, `${fileBase(v.lang)}.png`);
  return blob;
}
