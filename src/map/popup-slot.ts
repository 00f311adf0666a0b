import type { Map as MlMap } from 'maplibre-gl';
import type { LngLat } from '../types/core';
import type { MapPopup } from './map-popup';

/**
 * The map's one popup, whose code loads with the first popup opened: the first view shows none
 * (a link's `sel=` waits a few milliseconds more). A popup closed or replaced while the code loads
 * is not opened late.
 */
export class PopupSlot {
  private popup: MapPopup | undefined;
  private loading: Promise<MapPopup> | undefined;
  /** Counts opens and closes: only the last wish is carried out once the code is in. */
  private wish = 0;

  constructor(
    private readonly map: MlMap,
    private readonly onClose: () => void,
  ) {}

  private load(): Promise<MapPopup> {
    this.loading ??= import('./map-popup').then((m) => {
      const popup = new m.MapPopup(this.map, this.onClose);
      this.popup = popup;
      return popup;
    });
    return this.loading;
  }

  /** Shows `content` (a DOM node the caller fills) at `lngLat`, as MapPopup.open. */
  open(lngLat: LngLat, content: HTMLElement, label: string): void {
    const wish = ++this.wish;
    if (this.popup) this.popup.open(lngLat, content, label);
    else
      void this.load().then((p) => {
        if (wish === this.wish) p.open(lngLat, content, label);
      });
  }

  close(): void {
    this.wish += 1;
    this.popup?.close();
  }
}
