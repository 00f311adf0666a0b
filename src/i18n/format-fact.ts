import type { Fact } from '../data/plan-schema';
import type { Lang } from '../types/core';
import { formatNumber } from './translate';

/** Units as the data writes them, in each language. */
const UNITS: Record<string, { vi: string; en: string }> = {
  'bn VND': { vi: 'tỷ đồng', en: 'bn VND' },
  'trillion VND': { vi: 'nghìn tỷ đồng', en: 'trillion VND' },
  'm USD': { vi: 'triệu USD', en: 'm USD' },
  'million VND': { vi: 'triệu đồng', en: 'million VND' },
  'million visitors': { vi: 'triệu lượt khách', en: 'million visitors' },
  '%/yr': { vi: '%/năm', en: '%/yr' },
  'bn USD': { vi: 'tỷ USD', en: 'bn USD' },
  'vehicles/day': { vi: 'xe/ngày', en: 'vehicles/day' },
  'parcels/day': { vi: 'bưu kiện/ngày', en: 'parcels/day' },
  visitors: { vi: 'lượt khách', en: 'visitors' },
  people: { vi: 'người', en: 'people' },
  households: { vi: 'hộ', en: 'households' },
  jobs: { vi: 'việc làm', en: 'jobs' },
  lanes: { vi: 'làn xe', en: 'lanes' },
  turbines: { vi: 'tua-bin', en: 'turbines' },
  'm/s': { vi: 'm/s', en: 'm/s' },
  'km/h': { vi: 'km/h', en: 'km/h' },
};

export function formatUnit(lang: Lang, unit: string | undefined): string {
  if (!unit) return '';
  return UNITS[unit]?.[lang] ?? unit;
}

const QUALIFIERS = {
  about: { vi: 'khoảng', en: 'about' },
  over: { vi: 'hơn', en: 'over' },
  at_least: { vi: 'từ', en: 'at least' },
  nearly: { vi: 'gần', en: 'nearly' },
} as const;

/** A fact's value as text in `lang`: numbers and ranges through Intl, with qualifier and unit. */
export function formatFactValue(lang: Lang, fact: Pick<Fact, 'value' | 'unit' | 'qualifier'>): string {
  const { value } = fact;
  const unit = formatUnit(lang, fact.unit);
  const q = fact.qualifier ? `${QUALIFIERS[fact.qualifier][lang]} ` : '';
  const suffix = fact.qualifier === 'at_least' && lang === 'vi' ? ' trở lên' : '';
  const withUnit = (s: string) =>
    `${q}${unit ? `${s}${unit.startsWith('%') ? '' : ' '}${unit}` : s}${suffix}`;
  if (typeof value === 'number') return withUnit(formatNumber(lang, value));
  if (typeof value === 'string') return withUnit(value);
  if ('min' in value) return withUnit(`${formatNumber(lang, value.min)}–${formatNumber(lang, value.max)}`);
  return value[lang];
}

/** An ISO date (yyyy, yyyy-mm or yyyy-mm-dd) as people write it in `lang`. */
export function formatDate(lang: Lang, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y) return iso;
  if (!m) return String(y);
  const date = new Date(Date.UTC(y, m - 1, d ?? 1));
  const opts: Intl.DateTimeFormatOptions = d
    ? { day: 'numeric', month: lang === 'vi' ? 'numeric' : 'short', year: 'numeric', timeZone: 'UTC' }
    : { month: lang === 'vi' ? 'numeric' : 'short', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', opts).format(date);
}
