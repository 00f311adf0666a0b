import { type LandReport, landReport, type ReportOptions } from './land-report';
import type { ParcelGeometry } from './parcel-measure';
import { preparePayload } from './report-layers';
import { isReportResponse, type LayerPayload, type ReportRequest } from './report-protocol';

/** A layer to ask: its key (changes with its data) and how to give its data when first asked. */
export interface LayerSource {
  key: string;
  payload: () => LayerPayload;
}

/**
 * Computes land reports in a worker, which keeps every layer it was given indexed (a 20,000-polygon
 * layer is parsed and indexed once, then each report searches its index), so the page is never held
 * by a big layer. Where no worker can start, the report is computed on the page.
 */
export class ReportClient {
  private worker: Worker | null = null;
  private sent = new Set<string>();
  private seq = 0;
  private waiting = new Map<number, (r: unknown) => void>();

  private start(): Worker | null {
    if (this.worker || typeof Worker === 'undefined') return this.worker;
    try {
      this.worker = new Worker(new URL('./report-worker.ts', import.meta.url), { type: 'module' });
      this.worker.onmessage = (e) => {
        if (!isReportResponse(e.data)) return;
        this.waiting.get(e.data.id)?.(e.data);
        this.waiting.delete(e.data.id);
      };
      this.worker.onerror = (e) => {
        e.preventDefault();
        this.fail();
      };
    } catch {
      this.worker = null;
    }
    return this.worker;
  }

  private fail(): void {
    this.worker?.terminate();
    this.worker = null;
    this.sent.clear();
    for (const done of this.waiting.values()) done({ ok: false, error: 'worker failed' });
    this.waiting.clear();
  }

  private ask(worker: Worker, req: ReportRequest): Promise<unknown> {
    return new Promise((resolve) => {
      this.waiting.set(req.id, resolve);
      worker.postMessage(req);
    });
  }

  /** The report on `parcel` from these layers; never rejects for a worker's failure (it computes on the page). */
  async report(
    parcel: ParcelGeometry,
    layers: readonly LayerSource[],
    options: ReportOptions,
  ): Promise<LandReport> {
    const worker = this.start();
    if (worker) {
      for (let attempt = 0; attempt < 2; attempt++) {
        const req: ReportRequest = {
          id: ++this.seq,
          parcel,
          options,
          layers: layers.map((l) => ({
            key: l.key,
            payload: this.sent.has(l.key) ? undefined : l.payload(),
          })),
        };
        for (const l of layers) this.sent.add(l.key);
        const r = (await this.ask(worker, req)) as { ok: boolean; report?: LandReport; missing?: string[] };
        if (r.ok && r.report) return r.report;
        // The worker no longer has a layer (it was restarted): send those again.
        if (!r.missing) break;
        for (const key of r.missing) this.sent.delete(key);
      }
    }
    return landReport(
      parcel,
      layers.map((l) => preparePayload(l.payload())),
      options,
    );
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
  }
}
