import type { SourceInfo } from './plan-schema';

export type SourceRegistry = Record<string, SourceInfo>;

let registry: Promise<SourceRegistry> | undefined;

/** How long the registry waits for the first view before loading anyway (a map that never draws). */
const FIRST_VIEW_PATIENCE_MS = 8000;
/** …and how long after the first view it waits, leaving the first moments to the map and the user. */
export const AFTER_FIRST_VIEW_MS = 1500;
let markDrawn: () => void = () => {};
let drawn = false;
const firstView = new Promise<void>((resolve) => {
  markDrawn = () => setTimeout(resolve, AFTER_FIRST_VIEW_MS);
  setTimeout(resolve, FIRST_VIEW_PATIENCE_MS);
});

/** Called once the first view is drawn (see loadSourcesAfterFirstView). */
export function firstViewDrawn(): void {
  drawn = true;
  markDrawn();
}

/**
 * The registry. Asked for while the first view is being drawn (the layer panel's links), it loads a
 * moment after that view: the map does not need it, and its 9 KiB would compete with the map's
 * start (links show short names until it is there). Asked for later (a panel the user opens), at once.
 */
export function loadSourcesAfterFirstView(): Promise<SourceRegistry> {
  return drawn ? loadSources() : firstView.then(loadSources);
}

/** The source registry (geodata/sources.json), loaded once, on first need (it is not in the first view). */
export function loadSources(): Promise<SourceRegistry> {
  registry ??= import('../../geodata/sources.json').then((m) => m.default as SourceRegistry);
  return registry;
}

/**
 * The link a source reference opens: a seed document served with the app, or the source's own
 * http(s) address. Anything else gives no link.
 */
export function sourceHref(ref: string): string | undefined {
  if (/^seeds\/[0-9a-z_]+\.txt$/.test(ref)) return `./${ref}`;
  try {
    const u = new URL(ref);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}
