import { type Map as MlMap, Popup } from 'maplibre-gl';
import type { LngLat } from '../types/core';
import { type Insets, shiftIntoView } from './keep-in-view';
import { COVERS_MAP, coverOf } from './map-cover';

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
    const cover = coverOf(this.map);
    const popup = new Popup({
      maxWidth: this.maxWidth(cover),
      focusAfterOpen: false,
      // A click on the map is the app's to read (map-controller): closed by the map's own click,
      // the popup would undo what that click had just selected, another feature.
      closeOnClick: false,
      className: 'plan-popup',
      // Placed (above or below its point, say) clear of the credits and of the app's panels.
      padding: this.padding(cover),
    })
      .setLngLat(lngLat)
      .setDOMContent(content)
      .addTo(this.map);
    requestAnimationFrame(() => this.panIntoView(popup));
    // Content that arrives later (a lazily loaded panel) can widen the popup past the edge.
    const grown = new ResizeObserver(() => this.panIntoView(popup));
    grown.observe(content);
    popup.on('close', () => grown.disconnect());
    // A panel that comes over the map after the popup opened (a phone's details, loaded lazily).
    const covers = new MutationObserver((records) => {
      const sel = `[${COVERS_MAP}]`;
      const panel = (n: Node) => n instanceof Element && (n.matches(sel) || n.querySelector(sel) !== null);
      if (records.some((r) => [...r.addedNodes].some(panel)))
        requestAnimationFrame(() => this.panIntoView(popup));
    });
    covers.observe(document.body, { childList: true, subtree: true });
    popup.on('close', () => covers.disconnect());
    popup.getElement()?.setAttribute('aria-label', label);
    popup.on('close', () => {
      if (this.popup === popup) {
        this.popup = undefined;
        this.onClose();
      }
    });
    this.popup = popup;
  }

  /**
   * On a phone a 340 px popup leaves MapLibre too little room beside the point, and it then anchors
   * the popup to one side, off the screen: keep it within 80% of the map's width (it may pass over
   * the zoom buttons rather than off the edge), and within what the app's panels leave free.
   */
  private maxWidth(c: Insets): string {
    const w = this.map.getContainer().clientWidth;
    const free = w - c.left - c.right - 16;
    return `${Math.floor(Math.min(340, w * 0.8, Math.max(free, w * 0.5)))}px`;
  }

  /** Where MapLibre may place the popup: clear of the credits and of what covers the map (map-cover.ts). */
  private padding(c: Insets): Insets {
    return { top: c.top + 10, right: c.right + 10, bottom: Math.max(60, c.bottom + 10), left: c.left + 10 };
  }

  close(): void {
    const p = this.popup;
    this.popup = undefined;
    p?.remove();
  }

  /**
   * Moves the map if a popup (near an edge, say) runs off it or under a panel over it, as far as needed. Not while
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
    // A panel that opened beside the map narrowed it: the popup is where it will be once the map has
    // followed (a pan now, from where it was, would move the view a link opened for nothing).
    const box = this.map.getContainer();
    const canvas = this.map.getCanvas();
    if (
      Math.abs(canvas.clientWidth - box.clientWidth) > 1 ||
      Math.abs(canvas.clientHeight - box.clientHeight) > 1
    ) {
      this.map.once('resize', () => this.panIntoView(popup));
      return;
    }
    const map = box.getBoundingClientRect();
    const c = coverOf(this.map);
    popup.setPadding(this.padding(c));
    // Its content scrolls rather than run under a panel (the popup's padding and tip: about 56 px).
    el.style.setProperty('--popup-room', `${Math.max(80, map.height - c.top - c.bottom - 56)}px`);
    const free = {
      left: map.left + c.left,
      top: map.top + c.top,
      right: map.right - c.right,
      bottom: map.bottom - c.bottom,
    };
    const [dx, dy] = shiftIntoView(el.getBoundingClientRect(), free, 8);
    if (dx !== 0 || dy !== 0) this.map.panBy([dx, dy], { duration: 300 });
  }
}
