import type { MapFailure } from '../state/app-state';

/**
 * The browser has no WebGL2 at all (an old browser, or one built without it): known at once, with
 * no context to create. Whether a context can really be made (a blocked GPU, a remote desktop, a
 * policy) is learnt from the map's own attempt (failureOf): a spare test context would cost
 * 7–40 ms before the first view on a software renderer, and MapLibre creates one anyway.
 */
export function webgl2Missing(): boolean {
  return typeof WebGL2RenderingContext === 'undefined';
}

/**
 * What the map's failure to start means. MapLibre throws a GPUInitializationError, carrying the
 * browser's `webglcontextcreationerror` message when it gave one, when no WebGL2 context can be made.
 */
export function failureOf(error: unknown): MapFailure {
  const e = error as { name?: unknown; statusMessage?: unknown; message?: unknown } | null;
  if (e?.name === 'GPUInitializationError')
    return { reason: 'no-webgl', detail: typeof e.statusMessage === 'string' ? e.statusMessage : null };
  return { reason: 'error', detail: typeof e?.message === 'string' ? e.message : String(error) };
}
