/** What the page exposes for the browser tests and the benchmark (set by the app and the map). */
interface Window {
  /** ms since navigation start when the first view was fully drawn. */
  __lsReady?: number;
  /** The MapLibre map. */
  __lsMap?: unknown;
  /** The map of the compared phase while the divider is on. */
  __lsSwipeMap?: unknown;
}
