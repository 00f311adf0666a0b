import type { FeatureCollection } from 'geojson';
import type { ReportOptions } from './land-report';
import type { ParcelGeometry } from './parcel-measure';
import {
  isReportResponse,
  type LayerPayload,
  type ReportAnswer,
  type ReportRequest,
  type ReportResponse,
} from './report-protocol';

/** A layer to ask: its key (changes with its data) and how to give its data when first asked. */
export interface LayerSource {
  key: string;
  payload: () => LayerPayload;
}

/** The layers distances are measured to: a key, and their data when first asked. */
export interface TargetSource {
  key: string;
  data: () => [string, FeatureCollection][];
}

/**
 * Computes land reports in a worker, which keeps every layer it was given indexed (a 20,000-polygon
 * layer is parsed and indexed once, then each report searches its index), so the page is never held
 * by a big layer. The analysis is not on the page at all: its code (clipping, projections) would
 * otherwise be shared with the importer's and weigh on the first load; a page that cannot start a
 * worker is told the report could not be made.
 */
export class ReportClient {
  private worker: Worker | null = null;
  private sent = new Set<string>();
  private seq = 0;
  private waiting = new Map<number, (r: ReportResponse) => void>();

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./report-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e) => {
      if (!isReportResponse(e.data)) return;
      this.waiting.get(e.data.id)?.(e.data);
      this.waiting.delete(e.data.id);
    };
    worker.onerror = (e) => {
      e.preventDefault();
      this.fail(e.message || 'worker failed');
    };
    this.worker = worker;
    return worker;
  }

  private fail(why: string): void {
    this.worker?.terminate();
    this.worker = null;
    this.sent.clear();
    for (const [id, done] of this.waiting) done({ id, ok: false, error: why });
    this.waiting.clear();
  }

  private ask(worker: Worker, req: ReportRequest): Promise<ReportResponse> {
    return new Promise((resolve) => {
      this.waiting.set(req.id, resolve);
      worker.postMessage(req);
    });
  }

  /** The report on `parcel` from these layers, and the distances to `targets`; rejects with the worker's reason. */
  async report(
    parcel: ParcelGeometry,
    layers: readonly LayerSource[],
    options: ReportOptions,
    targets?: TargetSource,
  ): Promise<ReportAnswer> {
    const worker = this.start();
    for (let attempt = 0; attempt < 2; attempt++) {
      const fresh = (key: string) => !this.sent.has(key);
      const req: ReportRequest = {
        id: ++this.seq,
        parcel,
        options,
        layers: layers.map((l) => ({ key: l.key, payload: fresh(l.key) ? l.payload() : undefined })),
        targets: targets && { key: targets.key, data: fresh(targets.key) ? targets.data() : undefined },
      };
      for (const l of layers) this.sent.add(l.key);
      if (targets) this.sent.add(targets.key);
      const r = await this.ask(worker, req);
      if (r.ok) return { report: r.report, distances: r.distances };
      if (!('missing' in r)) throw new Error(r.error);
      // The worker no longer has a layer (it was restarted): those are sent again.
      for (const key of r.missing) this.sent.delete(key);
    }
    throw new Error('layers not received');
  }
}
