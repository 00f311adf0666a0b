/**
 * How far the map's camera may go (west, south, east, north): the box the embedded base data
 * covers, so the view never shows past its edge. Imported data outside it cannot be seen.
 */
export const MAX_BOUNDS: [number, number, number, number] = [105.8, 21.1, 107.6, 22.7];
