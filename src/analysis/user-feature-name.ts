import type { Feature } from 'geojson';
import { fold } from './fold';

/** Property keys that hold a feature's look (KML, simplestyle), not the user's data. */
export const STYLE_KEY =
  /^(styleUrl|styleHash|styleMapHash|stroke(-opacity|-width)?|fill(-opacity)?|marker-(color|size|symbol)|icon(-scale|-color|-opacity)?|label-(scale|color|opacity))$/;

/** A property value as plain text (objects as JSON), cut short: never HTML. */
export function asText(v: unknown): string {
  const s = typeof v === 'string' ? v : v === null || v === undefined ? '' : JSON.stringify(v);
  return s.length > 200 ? `${s.slice(0, 199)}…` : s;
}

/** The user's own properties of a feature, without those that only style it. */
export function userEntries(feature: Feature): [string, unknown][] {
  return Object.entries(feature.properties ?? {}).filter(([k]) => !STYLE_KEY.test(k));
}

/**
 * What to call a feature the user imported: its first name-like property ("Tên điểm", "ten_diem",
 * "Name", "title"), else its id.
 */
export function userFeatureName(feature: Feature): string {
  const title = userEntries(feature).find(([k]) =>
    /^(name|ten|title|tieu de)\b/.test(fold(k).replace(/_/g, ' ')),
  )?.[1];
  return asText(title) || String(feature.id);
}
