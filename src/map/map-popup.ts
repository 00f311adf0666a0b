import { type Map as MlMap, Popup } from 'maplibre-gl';
import type { LngLat } from '../types/core';
import { shiftIntoView } from './keep-in-view';

/** The map's one popup: React fills its content, the map places it and keeps it on screen. */
export class MapPopup {
  private popup: Popup | undefined;
  /** A pan waits for the camera's move to end (see panIntoView). */
  private panPending = false;

  constructor(
    private readonly map: MlMap,
    /** Called when the user closes the popup (not when the app replaces or closes it). */
    private readonly onClose: () => void,
  ) {}

  /** Shows `content` (a DOM node the caller fills, e.g. through a React portal) at `lngLat`. */
  open(lngLat: LngLat, content: HTMLElement, label: string): void {
    this.close();
    // On a phone a 340 px popup leaves MapLibre too little room beside the point, and it then
    // anchors the popup to one side, off the screen: keep it within 80% of the map's width, and
    // let it pass over the zoom buttons rather than off the edge.
    const mapWidth = this.map.getContainer().clientWidth;
    const narrow = mapWidth < 600;
    const popup = new Popup({
      maxWidth: `${Math.min(340, Math.floor(mapWidth * 0.8))}px`,
      focusAfterOpen: false,
      // A click on the map is the app's to read (map-controller): closed by the map's own click,
      // the popup would undo what that click had just selected, another feature.
      closeOnClick: false,
      className: 'plan-popup',
      // Keep clear of the credits and the zoom buttons.
      padding: { top: 10, right: narrow ? 10 : 50, bottom: 60, left: 10 },
    })
      .setLngLat(lngLat)
      .setDOMContent(content)
      .addTo(this.map);
    requestAnimationFrame(() => this.panIntoView(popup));
    // Content that arrives later (a lazily loaded panel) can widen the popup past the edge.
    const grown = new ResizeObserver(() => this.panIntoView(popup));
    grown.observe(content);
    popup.on('close', () => grown.disconnect());
    popup.getElement()?.setAttribute('aria-label', label);
    popup.on('close', () => {
      if (this.popup === popup) {
        this.popup = undefined;
        this.onClose();
      }
    });
    this.popup = popup;
  }

  close(): void {
    const p = this.popup;
    this.popup = undefined;
    p?.remove();
  }

  /**
   * Moves the map if a popup (near an edge, say) runs off it, as far as needed. Not while
   * the camera moves: a pan then would cancel the move to a chosen feature (easeTo, fitBounds) a few
   * milliseconds after it started, leaving the map short of it; the popup is placed where the move
   * ends instead.
   */
  private panIntoView(popup: Popup): void {
    const el = popup.getElement();
    if (this.popup !== popup || !el) return;
    if (this.map.isMoving()) {
      if (this.panPending) return;
      this.panPending = true;
      this.map.once('moveend', () => {
        this.panPending = false;
        if (this.popup) this.panIntoView(this.popup);
      });
      return;
    }
    const map = this.map.getContainer().getBoundingClientRect();
    const [dx, dy] = shiftIntoView(el.getBoundingClientRect(), map, 8);
    if (dx !== 0 || dy !== 0) this.map.panBy([dx, dy], { duration: 300 });
  }
}
