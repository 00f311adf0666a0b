import { type ReactNode, useEffect, useMemo, useState } from 'react';
import type { Range, SiteFilter } from '../../analysis/site-filter';
import { EMPTY_FILTER, facetCounts, isFiltering } from '../../analysis/site-filter';
import { SITE_KINDS, type SiteKind } from '../../analysis/site-kinds';
import type { Currency } from '../../analysis/site-values';
import type { Site } from '../../analysis/sites';
import { ACCURACIES, STATUSES } from '../../data/plan-enums';
import { type PanelKey, usePanelT } from '../../i18n/panel-text';
import { PHASES } from '../../types/core';

type Counts = Partial<Record<string, number>>;

export interface SiteFiltersProps {
  filter: SiteFilter;
  sites: readonly Site[];
  counts: {
    kinds: Counts;
    statuses: Counts;
    phases: Counts;
    accuracies: Counts;
    communes: Counts;
  };
  onChange: (f: SiteFilter) => void;
  /** The layer of a kind of site when that layer is hidden on the map. */
  hiddenLayerOf: (kind: SiteKind) => string | undefined;
  onShowLayer: (layerId: string) => void;
}

const toggle = <T,>(list: readonly T[], value: T, on: boolean): T[] =>
  on ? [...list, value] : list.filter((v) => v !== value);

/** One group of checkboxes; each says how many sites ticking it would show. */
function Choices<T extends string>({
  legend,
  values,
  chosen,
  counts,
  totals,
  label,
  extra,
  onChange,
}: {
  legend: string;
  values: readonly T[];
  chosen: readonly T[];
  counts: Counts;
  /** How many sites have each value, whatever the filter: a value none has is not offered. */
  totals: Counts;
  label: (v: T) => string;
  /** Something to add after a choice (a "show its layer" button). */
  extra?: (v: T) => ReactNode;
  onChange: (next: T[]) => void;
}) {
  // Offer what some site has (or what a link ticked); a choice the other filters leave empty
  // stays in place, greyed with its 0, so the list does not jump about while filtering.
  const shown = values.filter((v) => (totals[v] ?? 0) > 0 || chosen.includes(v));
  if (shown.length === 0) return null;
  return (
    <fieldset className="filter-group">
      <legend>{legend}</legend>
      {shown.map((v) => (
        <label key={v} className={`filter-choice ${(counts[v] ?? 0) === 0 ? 'is-empty' : ''}`}>
          <input
            type="checkbox"
            disabled={(counts[v] ?? 0) === 0 && !chosen.includes(v)}
            checked={chosen.includes(v)}
            onChange={(e) => onChange(toggle(chosen, v, e.target.checked))}
          />
          <span>
            {label(v)}
            {extra?.(v)}
          </span>
          <span className="filter-count">{counts[v] ?? 0}</span>
        </label>
      ))}
    </fieldset>
  );
}

const parseBound = (s: string): number | undefined => {
  const n = Number(s.replace(',', '.'));
  return s.trim() === '' || !Number.isFinite(n) || n < 0 ? undefined : n;
};

/**
 * A number box that keeps what is being typed ("55," on the way to "55,5") and hands on the number
 * it reads; a change from outside (a reset, a link) replaces the text.
 */
function NumberBox({
  label,
  value,
  onChange,
}: {
  label: string;
  value: number | undefined;
  onChange: (v: number | undefined) => void;
}) {
  const [text, setText] = useState(value === undefined ? '' : String(value));
  useEffect(() => {
    setText((cur) => (parseBound(cur) === value ? cur : value === undefined ? '' : String(value)));
  }, [value]);
  return (
    <label>
      <span>{label}</span>
      <input
        type="text"
        inputMode="decimal"
        pattern="[0-9]*[.,]?[0-9]*"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          onChange(parseBound(e.target.value));
        }}
      />
    </label>
  );
}

/** A from–to pair of number boxes; an empty box leaves that end open. */
function RangeInputs({
  legend,
  range,
  onChange,
}: {
  legend: string;
  range: Range;
  onChange: (r: Range) => void;
}) {
  const { t } = usePanelT();
  const set = (end: 'min' | 'max', v: number | undefined) => {
    const next: Range = { ...range };
    if (v === undefined) delete next[end];
    else next[end] = v;
    onChange(next);
  };
  return (
    <fieldset className="filter-range">
      <legend>{legend}</legend>
      <NumberBox label={t('filter.min')} value={range.min} onChange={(v) => set('min', v)} />
      <NumberBox label={t('filter.max')} value={range.max} onChange={(v) => set('max', v)} />
    </fieldset>
  );
}

/** Filters of the investor tools: kind, status, phase, accuracy, commune, area and investment. */
export function SiteFilters({
  filter,
  sites,
  counts,
  onChange,
  hiddenLayerOf,
  onShowLayer,
}: SiteFiltersProps) {
  const { t } = usePanelT();
  const set = (patch: Partial<SiteFilter>) => onChange({ ...filter, ...patch });
  const totals = useMemo(() => facetCounts(sites, EMPTY_FILTER), [sites]);
  // Communes as the sources name them, in Vietnamese order, with their slugs.
  const communeNames = new Map<string, string>();
  for (const s of sites)
    (s.feature.properties.commune_2025 ?? []).forEach((name, i) => {
      const slug = s.communes[i];
      if (slug) communeNames.set(slug, name);
    });
  const communes = [...communeNames].sort((a, b) => a[1].localeCompare(b[1], 'vi')).map(([slug]) => slug);
  const ranged =
    filter.area.min !== undefined ||
    filter.area.max !== undefined ||
    filter.capital.min !== undefined ||
    filter.capital.max !== undefined;
  return (
    <section className="site-filters" aria-labelledby="filters-title">
      <div className="tools-subhead">
        <h3 id="filters-title">{t('filter.heading')}</h3>
        <button
          type="button"
          className="link-button"
          disabled={!isFiltering(filter)}
          onClick={() => onChange(EMPTY_FILTER)}
        >
          {t('filter.reset')}
        </button>
      </div>
      <Choices
        legend={t('filter.kind')}
        values={SITE_KINDS}
        chosen={filter.kinds}
        counts={counts.kinds}
        totals={totals.kinds}
        label={(v) => t(`kind.${v}`)}
        extra={(v) => {
          const layerId = hiddenLayerOf(v);
          return layerId ? (
            <button
              type="button"
              className="link-button show-layer"
              title={t('filter.hiddenLayer')}
              onClick={(e) => {
                e.preventDefault();
                onShowLayer(layerId);
              }}
            >
              {t('filter.showLayer')}
            </button>
          ) : null;
        }}
        onChange={(kinds) => set({ kinds })}
      />
      <Choices
        legend={t('filter.status')}
        values={STATUSES}
        chosen={filter.statuses}
        counts={counts.statuses}
        totals={totals.statuses}
        label={(v) => t(`status.${v}`)}
        onChange={(statuses) => set({ statuses })}
      />
      <Choices
        legend={t('filter.phase')}
        values={PHASES}
        chosen={filter.phases}
        counts={counts.phases}
        totals={totals.phases}
        label={(v) => t(`phase.${v}`)}
        onChange={(phases) => set({ phases })}
      />
      <Choices
        legend={t('filter.accuracy')}
        values={ACCURACIES}
        chosen={filter.accuracies}
        counts={counts.accuracies}
        totals={totals.accuracies}
        label={(v) => t(`accuracy.${v}`)}
        onChange={(accuracies) => set({ accuracies })}
      />
      <RangeInputs legend={t('filter.area')} range={filter.area} onChange={(area) => set({ area })} />
      <fieldset className="filter-group">
        <legend>{t('filter.capital')}</legend>
        <label className="filter-currency">
          <span>{t('filter.currency')}</span>
          <select
            value={filter.capital.currency}
            onChange={(e) => set({ capital: { ...filter.capital, currency: e.target.value as Currency } })}
          >
            <option value="vnd">{t('filter.vnd')}</option>
            <option value="usd">{t('filter.usd')}</option>
          </select>
        </label>
        <RangeInputs
          legend={`${t('filter.capital')} (${t(`filter.${filter.capital.currency}` as PanelKey)})`}
          range={filter.capital}
          onChange={(r) => set({ capital: { currency: filter.capital.currency, ...r } })}
        />
        <p className="filter-note">{t('filter.currencyNote')}</p>
      </fieldset>
      {ranged && (
        <label className="filter-choice">
          <input
            type="checkbox"
            checked={filter.includeUnknown}
            onChange={(e) => set({ includeUnknown: e.target.checked })}
          />
          <span>{t('filter.includeUnknown')}</span>
        </label>
      )}
      {communes.length > 0 && (
        <details className="filter-group filter-communes" open={filter.communes.length > 0}>
          <summary>
            {t('filter.commune')}
            {filter.communes.length > 0 && ` (${filter.communes.length})`}
          </summary>
          <p className="filter-note">{t('filter.communeNote')}</p>
          <div className="filter-scroll">
            {communes.map((slug) => (
              <label key={slug} className="filter-choice">
                <input
                  type="checkbox"
                  checked={filter.communes.includes(slug)}
                  onChange={(e) => set({ communes: toggle(filter.communes, slug, e.target.checked) })}
                />
                <span lang="vi">{communeNames.get(slug)}</span>
                <span className="filter-count">{counts.communes[slug] ?? 0}</span>
              </label>
            ))}
          </div>
        </details>
      )}
    </section>
  );
}
