import type { Map as MlMap } from 'maplibre-gl';

/** Runs a change to the style now, or as soon as the style is parsed if it is not yet. */
export type WhenReady = (fn: () => void) => void;

/**
 * Sources and layers can be changed as soon as the style is parsed ('style.load'), well before the
 * map's 'load' (which also waits for fonts and tiles), and calls before it throw: changes asked
 * for earlier wait for it, in order. Call right after creating the map, before 'style.load' fires.
 */
export function whenStyleReady(map: MlMap): WhenReady {
  let ready = false;
  const waiting: (() => void)[] = [];
  map.once('style.load', () => {
    ready = true;
    for (const fn of waiting.splice(0)) fn();
  });
  return (fn) => {
    if (ready) fn();
    else waiting.push(fn);
  };
}
