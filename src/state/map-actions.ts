import { type AppState, type MapFailure, selectedId } from './app-state';

/**
 * The map cannot be drawn (no WebGL, or it failed to start): what only the map could show goes —
 * popups, a measure in progress — and a feature the link selected opens in its details instead of
 * a popup. The divider and base map stay in the state, so the link keeps them for another browser.
 */
export function mapUnavailable(s: AppState, failure: MapFailure): AppState {
  const selected = selectedId(s);
  return {
    ...s,
    mapFailure: failure,
    // The selected plan feature stays (the link keeps it; its details show it); other popups go.
    popup: s.popup?.kind === 'plan' ? s.popup : null,
    measure: null,
    // Nothing will be drawn: what waits for the first view starts now, and an import is done once added.
    firstIdle: true,
    importing: s.importing?.progress.stage === 'drawing' ? null : s.importing,
    panel: s.panel === null && selected ? { kind: 'detail', id: selected } : s.panel,
  };
}
