/**
 * The map's colours, shared by the styles, the legends and the static picture of the province made
 * at build time (scripts/province-picture.ts), which cannot import the catalog (it loads fonts).
 */

/** Base map colours, shared by styles and legends. */
export const BASE_COLORS = {
  background: '#dfe7ea',
  china: '#ebe5dc',
  neighbour: '#f1eee7',
  neighbourLine: '#b9ad9c',
  province: '#fffdf6',
  provinceLine: '#6b4f35',
  border: '#800000',
  rail: '#4a4a4a',
  town: '#333333',
  commune: '#5d6b78',
} as const;

/** Plan layer colours, shared by styles and legends. */
export const PLAN_COLORS = {
  axis: '#b2182b',
  corridor: '#e66101',
  zone: '#2d2d8f',
  economicZone: '#c51b7d',
  kcn: '#6a3d9a',
  ccn: '#b15928',
  wind: '#1b9e77',
  geopark: '#4d9221',
  geosite: '#276419',
  gate: '#d7191c',
  logistics: '#2c7fb8',
  tourism: '#e7298a',
  expressway: '#542788',
  railway: '#252525',
  urban: '#8c510a',
  keyProject: '#01665e',
} as const;
