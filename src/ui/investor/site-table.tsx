import { useState } from 'react';
import type { Ranked } from '../../analysis/ranking';
import { type Sort, type SortColumn, sortToken } from '../../analysis/site-sort';
import type { Currency } from '../../analysis/site-values';
import type { TargetKind } from '../../analysis/targets';
import { type PanelKey, usePanelT } from '../../i18n/panel-text';
import { formatNumber } from '../../i18n/translate';
import { MAX_COMPARE } from '../../state/url';
import { inkOn, scoreColor } from './score-color';
import { DistanceCell, FigureCell, GeoparkCell } from './site-cells';

export interface SiteTableProps {
  rows: readonly Ranked[];
  ranking: boolean;
  sort: Sort | null;
  onSort: (token: string) => void;
  /** The distance kinds the data measures: one column each (none for a kind with no target). */
  kinds: readonly TargetKind[];
  compare: readonly string[];
  onCompare: (ids: string[]) => void;
  onChoose: (id: string) => void;
  /** The investment currency shown first (the one the filter uses). */
  currency: Currency;
}

/** Rows drawn at first, and added by each "show more". */
const PAGE = 200;

const HEAD: Partial<Record<SortColumn, PanelKey>> = {
  score: 'col.score',
  name: 'col.name',
  kind: 'col.kind',
  area: 'col.area',
  capital: 'col.capital',
  geopark: 'col.geopark',
};
const label = (c: SortColumn): PanelKey => HEAD[c] ?? (`criterion.${c}` as PanelKey);

/** A column header that sorts by its column; again reverses. Sizes and scores start largest first. */
function SortHeader({
  c,
  sort,
  onSort,
}: {
  c: SortColumn;
  sort: Sort | null;
  onSort: (token: string) => void;
}) {
  const { t } = usePanelT();
  const active = sort?.column === c;
  const name = t(label(c));
  const next = active
    ? { column: c, descending: !sort?.descending }
    : { column: c, descending: c === 'score' || c === 'area' || c === 'capital' };
  return (
    <th
      scope="col"
      aria-sort={active ? (sort?.descending ? 'descending' : 'ascending') : undefined}
      className={`col-${c}`}
    >
      <button
        type="button"
        className="sort-button"
        title={t('col.sortBy', { name })}
        onClick={() => onSort(sortToken(next))}
      >
        {name}
        <span aria-hidden="true" className="sort-mark">
          {active ? (sort?.descending ? '▼' : '▲') : ''}
        </span>
      </button>
    </th>
  );
}

/**
 * The sites as a table: click a header to sort (again to reverse), a name to show it on the map,
 * a box to pick it for the comparison. Distances name their target and how exact they are.
 */
export function SiteTable({
  rows,
  ranking,
  sort,
  onSort,
  kinds,
  compare,
  onCompare,
  onChoose,
  currency,
}: SiteTableProps) {
  const { lang, t } = usePanelT();
  // The name first, so it can stay in view while the distances scroll sideways.
  const columns: SortColumn[] = [
    'name',
    ...(ranking ? (['score'] as const) : []),
    'kind',
    'area',
    'capital',
    ...kinds,
    'geopark',
  ];
  const full = compare.length >= MAX_COMPARE;
  // Thousands of rows would take the page seconds to draw: show them a page at a time.
  const [limit, setLimit] = useState(PAGE);
  const shown = rows.slice(0, limit);
  return (
    <table className="site-table">
      <thead>
        <tr>
          {columns.map((c) => (
            <SortHeader key={c} c={c} sort={sort} onSort={onSort} />
          ))}
        </tr>
      </thead>
      <tbody>
        {shown.map((r) => {
          const s = r.site;
          const p = s.feature.properties;
          const picked = compare.includes(s.id);
          const name = p.name[lang];
          const loose = p.provisional || p.accuracy === 'schematic';
          return (
            <tr key={s.id} data-site={s.id} className={picked ? 'is-picked' : ''}>
              <th scope="row" className="col-name">
                <input
                  type="checkbox"
                  className="compare-box"
                  checked={picked}
                  disabled={!picked && full}
                  aria-label={`${t(picked ? 'compare.remove' : 'compare.add')}: ${name}`}
                  title={t(picked ? 'compare.remove' : 'compare.add')}
                  onChange={(e) =>
                    onCompare(e.target.checked ? [...compare, s.id] : compare.filter((id) => id !== s.id))
                  }
                />
                <span className="site-name-line">
                  <button type="button" className="site-name" onClick={() => onChoose(s.id)}>
                    {name}
                  </button>
                  {p.provisional && <span className="badge badge-provisional">{t('provisional.badge')}</span>}
                </span>
              </th>
              {ranking && (
                <td className="col-score">
                  <span
                    className="rank-badge"
                    style={{ background: scoreColor(r.score), color: inkOn(scoreColor(r.score)) }}
                  >
                    {r.rank}
                  </span>
                  <span className="score-value">{formatNumber(lang, Math.round(r.score * 100), 0)}</span>
                  {loose && (
                    <span className="badge badge-provisional" title={t('cell.lowConfidenceTitle')}>
                      {t('cell.lowConfidence')}
                    </span>
                  )}
                </td>
              )}
              <td className="col-kind">
                <span className="badge badge-kind">{t(`kind.${p.kind}`)}</span>{' '}
                <span className={`badge badge-status status-${p.status}`}>{t(`status.${p.status}`)}</span>
              </td>
              <td className="col-area">
                <FigureCell figures={s.area} />
              </td>
              <td className="col-capital">
                <FigureCell
                  figures={
                    s.capital[currency].length > 0
                      ? s.capital[currency]
                      : s.capital[currency === 'vnd' ? 'usd' : 'vnd']
                  }
                  shared={p.facts.find((f) => f.key === 'capital' && f.shared)}
                />
              </td>
              {kinds.map((k) => (
                <td key={k} className={`col-${k}`}>
                  <DistanceCell
                    d={s.proximity.distances[k]}
                    showTarget={k === 'gate' || k === 'expressway' || k === 'road'}
                  />
                </td>
              ))}
              <td className="col-geopark">
                <GeoparkCell m={s.proximity.geopark} />
              </td>
            </tr>
          );
        })}
      </tbody>
      {rows.length > limit && (
        <tfoot>
          <tr>
            <td colSpan={columns.length}>
              <button type="button" className="link-button" onClick={() => setLimit(limit + PAGE)}>
                {t('sites.more', { n: Math.min(PAGE, rows.length - limit), rest: rows.length - limit })}
              </button>
            </td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}
