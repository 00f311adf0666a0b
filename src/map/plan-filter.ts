import type { FilterSpecification } from 'maplibre-gl';

/**
 * A style layer's filter: its own (from the catalog) and, when set, the ids the investor filters
 * let through and the phases the plan is seen at. MapLibre's filter types cannot spell a
 * data-driven 'in' with a literal list, hence the casts; the expressions are valid.
 */
export function composeFilter(
  own: FilterSpecification | undefined,
  ids: ReadonlySet<string> | null,
  phases: readonly string[] | null,
): FilterSpecification | null {
  const parts: unknown[] = [];
  if (own) parts.push(own);
  if (ids) parts.push(['in', ['get', 'id'], ['literal', [...ids]]]);
  if (phases) parts.push(['in', ['get', 'phase'], ['literal', [...phases]]]);
  if (parts.length === 0) return null;
  return (parts.length === 1 ? parts[0] : ['all', ...parts]) as FilterSpecification;
}
