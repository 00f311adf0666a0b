import type { FeatureCollection } from 'geojson';
import type { LandReport, ReportFeature, ReportLayer, ReportOptions } from './land-report';
import type { ParcelGeometry } from './parcel-measure';
import type { ReportDistances } from './report-distances';

/** A layer as the page sends it once: its features as objects, or an imported layer's bytes. */
export type LayerPayload =
  | { meta: Omit<ReportLayer, 'features'>; features: ReportFeature[] }
  | { meta: Omit<ReportLayer, 'features'>; bytes: Uint8Array };

/**
 * One report asked of the worker. `layers` names every layer by a key that changes when its data
 * does; `payload` is sent only the first time the worker is given that key (it keeps the layer
 * indexed until a request leaves its key out). `targets` are the plan's layers distances are
 * measured to (gates, roads, railway, towns, parks), sent once the same way.
 */
export interface ReportRequest {
  id: number;
  parcel: ParcelGeometry;
  options: ReportOptions;
  layers: { key: string; payload?: LayerPayload }[];
  targets?: { key: string; data?: [string, FeatureCollection][] };
}

/** A report and the distances (null when no targets were named). */
export interface ReportAnswer {
  report: LandReport;
  distances: ReportDistances | null;
}

export type ReportResponse =
  | ({ id: number; ok: true } & ReportAnswer)
  | { id: number; ok: false; missing: string[] }
  | { id: number; ok: false; error: string };

export function isReportResponse(x: unknown): x is ReportResponse {
  return typeof x === 'object' && x !== null && typeof (x as { id?: unknown }).id === 'number' && 'ok' in x;
}
