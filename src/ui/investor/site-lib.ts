/**
 * The heavy part of the investor tools — the spatial index and the point-in-polygon test — loaded
 * only when a site's distances are first needed, not with the page.
 */
export { createProximity } from '../../analysis/proximity';
export { proximityTargets } from '../../analysis/proximity-targets';
export { buildSites } from '../../analysis/sites';
