import { landReport, type PreparedLayer } from './land-report';
import { preparePayload } from './report-layers';
import type { ReportRequest, ReportResponse } from './report-protocol';

/** The layers the page has sent, indexed, by their key. */
const prepared = new Map<string, PreparedLayer>();

const reply = (r: ReportResponse) => postMessage(r);

onmessage = (event: MessageEvent<ReportRequest>) => {
  const { id, parcel, options, layers } = event.data;
  try {
    const keys = new Set(layers.map((l) => l.key));
    for (const key of prepared.keys()) if (!keys.has(key)) prepared.delete(key);
    for (const l of layers)
      if (l.payload && !prepared.has(l.key)) prepared.set(l.key, preparePayload(l.payload));
    const missing = layers.filter((l) => !prepared.has(l.key)).map((l) => l.key);
    if (missing.length > 0) {
      reply({ id, ok: false, missing });
      return;
    }
    const ready = layers.map((l) => prepared.get(l.key)).filter((p) => p !== undefined);
    reply({ id, ok: true, report: landReport(parcel, ready, options) });
  } catch (e) {
    reply({ id, ok: false, error: e instanceof Error ? e.message : String(e) });
  }
};
