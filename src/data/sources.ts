import type { SourceInfo } from './plan-schema';

export type SourceRegistry = Record<string, SourceInfo>;

let registry: Promise<SourceRegistry> | undefined;

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
