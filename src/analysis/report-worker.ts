import type { FeatureCollection } from 'geojson';
import { anchorOf } from './anchor';
import { landReport, type PreparedLayer } from './land-report';
import { createReportDistances, type ReportDistances } from './report-distances';
import { preparePayload } from './report-layers';
import type { ReportRequest, ReportResponse } from './report-protocol';

/** The layers the page has sent, indexed, by their key. */
const prepared = new Map<string, PreparedLayer>();
/** The layers distances are measured to, by their key. */
let targets: { key: string; distances: (at: [number, number]) => ReportDistances } | null = null;

/** The worker's own scope, as far as it is used here (the DOM lib types `self` as a window). */
const scope = self as unknown as {
  postMessage(message: ReportResponse): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ReportRequest>) => void): void;
};
const reply = (r: ReportResponse) => scope.postMessage(r);

scope.addEventListener('message', (event) => {
  const { id, parcel, options, layers } = event.data;
  try {
    const keys = new Set(layers.map((l) => l.key));
    for (const key of prepared.keys()) if (!keys.has(key)) prepared.delete(key);
    for (const l of layers)
      if (l.payload && !prepared.has(l.key)) prepared.set(l.key, preparePayload(l.payload));
    const t = event.data.targets;
    if (t?.data && targets?.key !== t.key)
      targets = { key: t.key, distances: createReportDistances(new Map<string, FeatureCollection>(t.data)) };
    const missing = layers.filter((l) => !prepared.has(l.key)).map((l) => l.key);
    if (t && targets?.key !== t.key) missing.push(t.key);
    if (missing.length > 0) {
      reply({ id, ok: false, missing });
      return;
    }
    const ready = layers.map((l) => prepared.get(l.key)).filter((p) => p !== undefined);
    const report = landReport(parcel, ready, options);
    const at = anchorOf({ type: 'Feature', properties: {}, geometry: parcel });
    const distances = t && targets ? targets.distances(at) : null;
    reply({ id, ok: true, report, distances });
  } catch (e) {
    reply({ id, ok: false, error: e instanceof Error ? e.message : String(e) });
  }
});
