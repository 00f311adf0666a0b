export const BUDGET_KIB: number;
export type Origin = 'maplibre-gl' | 'react' | 'app';
export function originOf(file: string): Origin;
export function scriptsOfPage(html: string): string[];
export function staticImports(code: string): string[];
export interface FirstLoad {
  chunks: { file: string; origin: Origin; gzip: number }[];
  /** gzip -9 bytes of the app's own chunks. */
  app: number;
  /** The budget in bytes. */
  budget: number;
  over: boolean;
}
export function firstLoad(html: string, read: (file: string) => string, budgetKib?: number): FirstLoad;
export function report(result: FirstLoad): string;
