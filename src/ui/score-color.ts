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
