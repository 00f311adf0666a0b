import { pathKm, polygonMeasure } from '../analysis/measure';
import type { Lang, LngLat } from '../types/core';
import { formatNumber, translate } from './translate';

/**
 * A measure's result as people read it: "Chiều dài: 12,34 km", or "Diện tích: 48,2 ha (0,48 km²) ·
 * Chu vi: 2,81 km"; null until there are enough points.
 */
export function measureResult(lang: Lang, mode: 'line' | 'area', points: readonly LngLat[]): string | null {
  const km = (v: number) => `${formatNumber(lang, v, v < 10 ? 2 : 1)} km`;
  if (mode === 'line')
    return points.length >= 2 ? translate(lang, 'measure.lengthResult', { value: km(pathKm(points)) }) : null;
  const m = polygonMeasure(points);
  if (!m) return null;
  return translate(lang, 'measure.areaResult', {
    ha: formatNumber(lang, m.ha, m.ha < 1000 ? 1 : 0),
    km2: formatNumber(lang, m.ha / 100, 2),
    perimeter: km(m.perimeterKm),
  });
}

/**
 * A measurement as text to copy: its result, then its points (latitude, longitude in WGS84, six
 * decimals: about 0.1 m), one a line. Null until there are enough points.
 */
export function measureCopy(
  lang: Lang,
  mode: 'line' | 'area',
  points: readonly LngLat[],
  pointsHeading: string,
): string | null {
  const result = measureResult(lang, mode, points);
  if (!result) return null;
  return [result, pointsHeading, ...points.map(([lng, lat]) => `${lat.toFixed(6)}, ${lng.toFixed(6)}`)].join(
    '\n',
  );
}
