import type { Bounds } from '../types/core';

/**
 * The boxes the app draws around Lạng Sơn, all in one place, from the tightest to the loosest,
 * each `[west, south, east, north]` in degrees.
 */

/** The province's bounding box: the view a fresh map (or a link without a camera) frames. Checked against the data in a test. */
export const PROVINCE_BOUNDS: Bounds = [106.09, 21.32, 107.37, 22.47];

/** The province in round degrees: what "near" and "far" are measured from when a file is imported. */
export const PROVINCE_BOX: Bounds = [106.0, 21.3, 107.4, 22.5];

/**
 * How far the map's camera may go: the box the embedded base data covers, so the view never shows
 * past its edge. Imported data outside it cannot be seen.
 */
export const MAX_BOUNDS: Bounds = [105.8, 21.1, 107.6, 22.7];

/** Around the province and its neighbours: a shipped coordinate outside it is an error (a swapped lat/lng). */
export const PLAUSIBLE_BOX: Bounds = [105.5, 20.8, 108, 23];
