/** What the page exposes for the browser tests and the benchmark (set by the app and the map). */
interface Window {
  /** ms since navigation start when the first view was fully drawn. */
  __lsReady?: number;
  /** ms since navigation start when each imported layer (by id) was first drawn: idle with its data loaded. */
  __lsDrawn?: Record<string, number>;
  /** The MapLibre map. */
  __lsMap?: unknown;
  /** The map of the compared phase while the divider is on. */
  __lsSwipeMap?: unknown;
}
