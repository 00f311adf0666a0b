import type { Feature, FeatureCollection } from 'geojson';
import Papa from 'papaparse';
import type { LandReport } from '../analysis/land-report';
import type { ParcelGeometry } from '../analysis/parcel-measure';
import { phraseOf } from '../analysis/report-phrase';

const round = (n: number, d: number) => Math.round(n * 10 ** d) / 10 ** d;

/** How the CSV is written: `;` and decimal commas as Vietnamese Excel expects, or `,` and points. */
export type ReportCsvStyle = 'vi' | 'en';

/**
 * The report as GeoJSON: the parcel, with its area, perimeter and every answer (layer, feature,
 * how it stands, share, distance, sources, accuracy) in its properties; `note` says what it is not.
 */
export function reportGeoJson(
  parcel: ParcelGeometry,
  report: LandReport,
  meta: { title: string; note: string; made: string },
): FeatureCollection {
  const feature: Feature = {
    type: 'Feature',
    geometry: parcel,
    properties: {
      title: meta.title,
      note: meta.note,
      made: meta.made,
      area_m2: round(report.measure.areaM2, 2),
      perimeter_m: round(report.measure.perimeterM, 2),
      within_m: report.withinM,
      corners: report.measure.corners.map((c) => ({
        n: c.n,
        lon: c.lngLat[0],
        lat: c.lngLat[1],
        x: c.vn2000.x,
        y: c.vn2000.y,
      })),
      answers: report.layers.map((l) => ({
        layer: l.layerId,
        title: l.title,
        credit: l.credit,
        shares: l.shares,
        hits: l.hits.map((h) => ({
          feature: h.featureId,
          relation: phraseOf(h).phrase,
          share: phraseOf(h).showShare && h.share !== null ? round(h.share, 4) : null,
          distance_m: round(h.distanceM, 1),
          accuracy: h.accuracy,
          provisional: h.provisional,
          sources: h.sources,
          properties: h.properties,
        })),
      })),
    },
  };
  return { type: 'FeatureCollection', features: [feature] };
}

/**
 * The report as CSV (with a BOM, so spreadsheets read Vietnamese): the corners (number, lon, lat,
 * VN-2000 X and Y, edge), then one row per answer (layer, feature, relation, share %, distance m,
 * accuracy, sources). `name` gives a hit's display name.
 */
export function reportCsv(
  report: LandReport,
  name: (layerId: string, featureId: string) => string,
  style: ReportCsvStyle = 'en',
): string {
  const decimalComma = style === 'vi';
  const fields = [
    'section',
    'n',
    'lon',
    'lat',
    'x_vn2000',
    'y_vn2000',
    'edge_m',
    'layer',
    'feature',
    'relation',
    'share_pct',
    'distance_m',
    'accuracy',
    'sources',
  ];
  const rows: Record<string, unknown>[] = report.measure.corners.map((c) => ({
    section: 'corner',
    n: c.n,
    lon: round(c.lngLat[0], 7),
    lat: round(c.lngLat[1], 7),
    x_vn2000: c.vn2000.x,
    y_vn2000: c.vn2000.y,
    edge_m: c.edgeM,
  }));
  for (const l of report.layers)
    for (const h of l.hits) {
      const p = phraseOf(h);
      rows.push({
        section: 'answer',
        layer: l.title.en,
        feature: name(l.layerId, h.featureId),
        relation: p.phrase,
        share_pct: p.showShare && h.share !== null ? round(h.share * 100, 1) : null,
        distance_m: round(h.distanceM, 1),
        accuracy: h.accuracy ?? '',
        sources: h.sources.join(' '),
      });
    }
  const cell = (v: unknown) =>
    v === null || v === undefined
      ? ''
      : typeof v === 'number' && decimalComma
        ? String(v).replace('.', ',')
        : v;
  return `\uFEFF${Papa.unparse({ fields, data: rows.map((r) => fields.map((f) => cell(r[f]))) }, { delimiter: decimalComma ? ';' : ',' })}`;
}
