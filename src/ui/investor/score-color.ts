/** Light to dark blue (ColorBrewer Blues): the best-ranked sites are the darkest and stand out. */
export const SCORE_RAMP = ['#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'] as const;

const rgb = (hex: string) =>
  [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
const hex = (c: number[]) => `#${c.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

/** The colour of a 0–1 score, interpolated along SCORE_RAMP (scores outside are clamped). */
export function scoreColor(score: number): string {
  const t = Math.min(1, Math.max(0, Number.isFinite(score) ? score : 0)) * (SCORE_RAMP.length - 1);
  const i = Math.min(Math.floor(t), SCORE_RAMP.length - 2);
  const a = rgb(SCORE_RAMP[i] as string);
  const b = rgb(SCORE_RAMP[i + 1] as string);
  const f = t - i;
  return hex(a.map((v, k) => v + ((b[k] as number) - v) * f));
}

/** WCAG 2 relative luminance of a `#rrggbb` colour. */
function luminance(color: string): number {
  const [r, g, b] = rgb(color).map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two `#rrggbb` colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The text colour for a number drawn on a background: black or white, whichever contrasts more.
 * One of the two always reaches 4.5:1 (WCAG 1.4.3); the dark grey of the page's text does not on
 * the ramp's middle blues, where white does not either.
 */
export function inkOn(background: string): '#000000' | '#ffffff' {
  return contrastRatio(background, '#ffffff') >= contrastRatio(background, '#000000') ? '#ffffff' : '#000000';
}
