import type { Accuracy } from '../data/plan-schema';
import type { Lang } from '../types/core';
import { formatNumber } from './translate';

/**
 * A distance as precisely as its ends are known: to 0.1 km between real positions, to the whole
 * km ("≈ 12 km", "< 1 km") when either end is approximate, to 5 km ("≈ 15 km", "< 5 km") when
 * either end is only sketched — a sketched site may be several km from where it really is.
 */
export function formatKm(lang: Lang, km: number, accuracy: Accuracy): string {
  const r = roundKm(km, accuracy);
  if (r.step < 1) return `${formatNumber(lang, r.value, 1)} km`;
  return r.below ? `< ${r.value} km` : `≈ ${formatNumber(lang, r.value, 0)} km`;
}

/**
 * A distance rounded as formatKm prints it: `value` in km, `below` when it is "under `value`",
 * and the rounding `step`. Comparisons between sites use this, so what looks equal is equal.
 */
export function roundKm(km: number, accuracy: Accuracy): { value: number; below: boolean; step: number } {
  if (accuracy === 'official' || accuracy === 'derived')
    return { value: Math.round(km * 10) / 10, below: false, step: 0.1 };
  const step = accuracy === 'schematic' ? 5 : 1;
  if (km < step) return { value: step, below: true, step };
  return { value: Math.round(km / step) * step, below: false, step };
}
