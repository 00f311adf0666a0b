import type { Lang } from '../types/core';
import { STRINGS, type StringKey } from './strings';

/** A UI string in `lang`, with `{name}` placeholders filled; numbers are formatted for the language. */
export function translate(lang: Lang, key: StringKey, params: Record<string, string | number> = {}): string {
  return fill(lang, STRINGS[lang][key], params);
}

/** `text` with its `{name}` placeholders filled (numbers formatted for `lang`); a missing one stays visible. */
export function fill(lang: Lang, text: string, params: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = params[name];
    if (v === undefined) return `{${name}}`;
    return typeof v === 'number' ? formatNumber(lang, v) : v;
  });
}

const LOCALES: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

export function formatNumber(lang: Lang, n: number, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits }).format(n);
}

/** MapLibre's own UI strings in `lang`. */
export function mapLocale(lang: Lang): Record<string, string> {
  return {
    'Map.Title': translate(lang, 'map.label'),
    'NavigationControl.ZoomIn': translate(lang, 'map.zoomIn'),
    'NavigationControl.ZoomOut': translate(lang, 'map.zoomOut'),
    'Popup.Close': translate(lang, 'map.close'),
    'AttributionControl.ToggleAttribution': translate(lang, 'map.attribution'),
    'GeolocateControl.FindMyLocation': translate(lang, 'map.myLocation'),
    'GeolocateControl.LocationNotAvailable': translate(lang, 'map.noLocation'),
  };
}
