import { useRef } from 'react';

/** Whether two objects have the same keys holding the same values (`Object.is`), one level deep. */
export function sameFields(a: object, b: object): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every(
    (k) =>
      Object.hasOwn(b, k) && Object.is((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

/**
 * The object of the last render while every field of `next` is the same as its fields, else
 * `next`: what reads it re-renders only when a field changed. The fields are written once, where
 * the object is made, instead of a second time as `useMemo`'s dependencies (which drift apart).
 * Only for objects made of values that are themselves kept (memoized, or from the store).
 */
export function useFields<T extends object>(next: T): T {
  const kept = useRef(next);
  if (kept.current !== next && !sameFields(kept.current, next)) kept.current = next;
  return kept.current;
}
