import type { AppState, Panel } from '../state/app-state';
import type { Store } from '../state/store';

const focused = () => (document.activeElement instanceof HTMLElement ? document.activeElement : null);

/** A panel about the same feature, switched between details and sheet: the opener stays. */
const samePlace = (a: Panel, b: Panel) => a !== null && b !== null && 'id' in a && 'id' in b && a.id === b.id;

/**
 * Panels give focus back to what opened them. The element focused when a panel (or the site table)
 * opens is noted as the store changes — before React draws the panel, so it is still the focused
 * one — and gets focus back when the user closes it (a close button, Escape); a panel closed by a
 * link or by dropped ids does not move the focus.
 */
export class FocusReturn {
  private panelOpener: HTMLElement | null = null;
  private sitesOpener: HTMLElement | null = null;
  private readonly unsubscribe: () => void;

  constructor(store: Store<AppState>) {
    this.unsubscribe = store.subscribe((next, prev) => {
      if (next.panel !== prev.panel && next.panel !== null && !samePlace(prev.panel, next.panel))
        this.panelOpener = focused();
      if (next.investor.open && !prev.investor.open) this.sitesOpener = focused();
    });
  }

  /** After the user closed a panel. */
  fromPanel(): void {
    FocusReturn.give(this.panelOpener);
    this.panelOpener = null;
  }

  /** After the user closed the site table. */
  fromSites(): void {
    FocusReturn.give(this.sitesOpener);
    this.sitesOpener = null;
  }

  stop(): void {
    this.unsubscribe();
  }

  private static give(el: HTMLElement | null) {
    if (!el?.isConnected) return;
    el.focus();
    // Not shown until the closed panel is gone (a phone's list steps aside while details are open):
    // once React has drawn the page without it.
    if (document.activeElement !== el) requestAnimationFrame(() => el.isConnected && el.focus());
  }
}
