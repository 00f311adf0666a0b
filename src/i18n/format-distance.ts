import type { Accuracy } from '../data/plan-schema';
import { formatNumber, type Lang } from './translate';

/**
 * A distance as precisely as its ends are known: to 0.1 km between real positions, to the whole
 * km ("≈ 12 km", "< 1 km") when either end is approximate or schematic.
 */
export function formatKm(lang: Lang, km: number, accuracy: Accuracy): string {
  const rough = accuracy === 'approximate' || accuracy === 'schematic';
  if (!rough) return `${formatNumber(lang, Math.round(km * 10) / 10, 1)} km`;
  if (km < 1) return '< 1 km';
  return `≈ ${formatNumber(lang, Math.round(km), 0)} km`;
}
