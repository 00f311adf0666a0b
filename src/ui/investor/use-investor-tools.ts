import type { FeatureCollection } from 'geojson';
import { useEffect, useMemo, useState } from 'react';
import {
  defaultWeights,
  measuredKinds,
  measuredWeights,
  rankableCriteria,
  shownSort,
  unmeasuredKinds,
} from '../../analysis/measured-kinds';
import { rankSites, weightsFromLink } from '../../analysis/ranking';
import { applyFilter, facetCounts } from '../../analysis/site-filter';
import { sortFromToken, sortRows } from '../../analysis/site-sort';
import type { Site, SiteKind } from '../../analysis/sites';
import type { IndexedFeature } from '../../data/plan-index';
import type { SiteStyle } from '../../map/map-controller';
import type { InvestorState } from '../../state/investor';
import type { Lang } from '../../types/core';
import { useFields } from '../use-fields';
import { inkOn, scoreColor } from './score-color';

const NO_WEIGHTS = weightsFromLink([]);
const NO_SITES: Site[] = [];
const NO_GATES: never[] = [];
const NO_KINDS: never[] = [];

type SiteLib = typeof import('./site-lib');

/**
 * The investor tools' state and everything derived from it: the sites with their distances (the
 * targets are indexed once per data change), the filtered, ranked and sorted rows, the counts
 * each filter choice would give, and how the map should show the sites. The distances are
 * computed once something shows them (`wanted`, or the tools open): until then there are no sites.
 */
export function useInvestorTools(
  state: InvestorState,
  setState: (change: (s: InvestorState) => InvestorState) => void,
  index: ReadonlyMap<string, IndexedFeature>,
  data: ReadonlyMap<string, FeatureCollection>,
  lang: Lang,
  wanted: boolean,
) {
  const [lib, setLib] = useState<SiteLib | null>(null);
  const needed = wanted || state.open;
  useEffect(() => {
    if (needed && !lib) void import('./site-lib').then(setLib);
  }, [needed, lib]);
  const targets = useMemo(() => lib?.proximityTargets(data) ?? null, [lib, data]);
  // A kind with no target at all (national roads: no open road data) is offered nowhere.
  const measured = useMemo(() => measuredKinds(targets?.targets ?? null), [targets]);
  const unmeasured = useMemo(() => (targets ? unmeasuredKinds(measured) : NO_KINDS), [targets, measured]);
  const criteria = useMemo(() => rankableCriteria(measured), [measured]);
  const defaults = useMemo(() => defaultWeights(measured), [measured]);
  // A link's weight on an unmeasured kind is kept in the link but does not count.
  const weights = useMemo(
    () => (state.weights ? measuredWeights(state.weights, measured) : null),
    [state.weights, measured],
  );
  const sites = useMemo(() => {
    if (!lib || !targets) return NO_SITES;
    const proximityOf = lib.createProximity(targets);
    return lib.buildSites(
      [...index.values()].map((x) => x.feature),
      proximityOf,
    );
  }, [lib, targets, index]);
  /** The layer each kind of site is drawn in (for "this layer is hidden — show it"). */
  const layerOfKind = useMemo(() => {
    const m = new Map<SiteKind, string>();
    for (const s of sites) {
      const layerId = index.get(s.id)?.layerId;
      if (layerId && !m.has(s.kind)) m.set(s.kind, layerId);
    }
    return m;
  }, [sites, index]);
  const siteLayers = useMemo(() => [...new Set(layerOfKind.values())], [layerOfKind]);
  const filtered = useMemo(() => applyFilter(sites, state.filter), [sites, state.filter]);
  const counts = useMemo(() => facetCounts(sites, state.filter), [sites, state.filter]);
  const ranked = useMemo(() => rankSites(filtered, weights ?? NO_WEIGHTS), [filtered, weights]);
  const currency = state.filter.capital.currency;
  // Ranked sites read best first unless the user sorts by a shown column; otherwise parks, clusters… first.
  const sortKey = shownSort(sortFromToken(state.sort), measured)
    ? state.sort
    : state.weights
      ? '-score'
      : 'kind';
  const sort = useMemo(() => sortFromToken(sortKey), [sortKey]);
  const rows = useMemo(() => {
    const s = sortFromToken(sortKey);
    return s ? sortRows(ranked, s, lang, currency) : ranked;
  }, [ranked, sortKey, lang, currency]);
  const siteStyle: SiteStyle = useMemo(
    () =>
      state.open
        ? {
            shown: new Set(filtered.map((s) => s.id)),
            ranks: state.weights
              ? ranked.map((r) => ({
                  id: r.site.id,
                  at: r.site.at,
                  rank: r.rank,
                  color: scoreColor(r.score),
                  dark: inkOn(scoreColor(r.score)) === '#ffffff',
                }))
              : null,
          }
        : { shown: null, ranks: null },
    [state.open, state.weights, filtered, ranked],
  );
  const byId = useMemo(() => new Map(sites.map((s) => [s.id, s])), [sites]);
  // One object per change, so what is drawn from it re-renders only when it changed.
  return useFields({
    /** Border gates no source places: no distance is measured to them (the user is told). */
    unplaced: targets?.unplaced ?? NO_GATES,
    /** False until the distances have been computed. */
    ready: lib !== null,
    /** The distance kinds some target is known for: the only ones shown, sorted or ranked by. */
    measured,
    /** The kinds with no target at all, once the targets are known (the user is told why). */
    unmeasured,
    /** What the ranking offers a weight for, and its defaults, over the measured kinds only. */
    criteria,
    defaults,
    /** The weights that count (null: ranking off); the link's may also hold unmeasured kinds. */
    weights,
    currency,
    state,
    setState,
    sites,
    byId,
    siteLayers,
    layerOfKind,
    filtered,
    counts,
    ranked,
    rows,
    sort,
    siteStyle,
  });
}

export type InvestorTools = ReturnType<typeof useInvestorTools>;
