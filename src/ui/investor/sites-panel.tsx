import { useEffect, useRef, useState } from 'react';
import type { TargetKind } from '../../analysis/targets';
import { usePanelT } from '../../i18n/panel-text';
import type { InvestorState } from '../../state/investor';
import { MAX_COMPARE } from '../../state/url';
import { isPhone } from '../phone';
import { RankingControls } from './ranking-controls';
import { SiteFilters } from './site-filters';
import { SiteTable } from './site-table';
import type { InvestorTools } from './use-investor-tools';
import './investor-tools.css';

/** Narrower than this, the filters fold above the table instead of taking a column beside it. */
const NARROW_PX = 800;

/**
 * Why some distances are not given at all (no column, row or weight): national roads for want of
 * openly licensed road data; any other kind with no target, by name. Empty when all are measured.
 */
function unmeasuredNote(kinds: readonly TargetKind[], t: ReturnType<typeof usePanelT>['t']): string {
  const others = kinds.filter((k) => k !== 'road');
  const names = others.map((k) => t(`criterion.${k}`)).join(', ');
  return [kinds.includes('road') ? t('sites.noRoadData') : '', names ? t('sites.notMeasured', { names }) : '']
    .filter(Boolean)
    .join(' ');
}

/**
 * The investor tools, docked under the map: filters and ranking on the left, the sites table on
 * the right, the comparison picker at the foot. Every change shows on the map and in the link.
 */
export function SitesPanel({
  tools,
  onChoose,
  visible,
  onShowLayer,
  onCompare,
  onClose,
}: {
  tools: InvestorTools;
  onChoose: (id: string) => void;
  /** Visible map layers, and a way to show one (a kind of site whose layer is off). */
  visible: ReadonlySet<string>;
  onShowLayer: (layerId: string) => void;
  onCompare: () => void;
  onClose: () => void;
}) {
  const { lang, t } = usePanelT();
  const { state, setState } = tools;
  const [large, setLarge] = useState(false);
  // Where the panel is narrow (a phone, or a laptop with the side panel and the details open),
  // the filters fold above the table, folded at first, so the table keeps its width.
  const panel = useRef<HTMLElement>(null);
  const [narrow, setNarrow] = useState(isPhone);
  useEffect(() => {
    const el = panel.current;
    if (!el) return;
    const watch = new ResizeObserver(() => setNarrow(el.clientWidth < NARROW_PX));
    watch.observe(el);
    return () => watch.disconnect();
  }, []);
  const [controlsChoice, setControlsOpen] = useState<boolean | null>(null);
  const controlsOpen = controlsChoice ?? !narrow;
  const tableRef = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const set = (patch: Partial<InvestorState>) => setState((s) => ({ ...s, ...patch }));
  const n = state.compare.length;
  return (
    <section
      ref={panel}
      className={`sites-panel ${large ? 'is-large' : ''} ${narrow ? 'is-narrow' : ''}`}
      aria-labelledby="sites-title"
    >
      <header className="sites-head">
        <h2 id="sites-title" tabIndex={-1} ref={heading}>
          {t('sites.heading')}
        </h2>
        <p className="sites-count" role="status" aria-live="polite">
          {tools.ready
            ? t('sites.count', { n: tools.filtered.length, total: tools.sites.length })
            : t('sites.loading')}
        </p>
        <button type="button" className="sites-size" aria-pressed={large} onClick={() => setLarge(!large)}>
          {t(large ? 'sites.shrink' : 'sites.expand')}
        </button>
        <button
          type="button"
          className="detail-close"
          aria-label={t('sites.close')}
          title={t('sites.close')}
          onClick={onClose}
        >
          ×
        </button>
      </header>
      <div className="sites-body">
        <button
          type="button"
          className="controls-toggle"
          aria-expanded={controlsOpen}
          aria-controls="sites-controls"
          onClick={() => setControlsOpen(!controlsOpen)}
        >
          {t('sites.controls')}
        </button>
        <div id="sites-controls" className="sites-controls" hidden={!controlsOpen}>
          <button type="button" className="link-button skip-link" onClick={() => tableRef.current?.focus()}>
            {t('sites.toTable')}
          </button>
          <RankingControls
            weights={tools.weights}
            criteria={tools.criteria}
            defaults={tools.defaults}
            ready={tools.ready}
            onChange={(weights) => set({ weights, sort: null })}
          />
          <SiteFilters
            filter={state.filter}
            sites={tools.sites}
            counts={tools.counts}
            hiddenLayerOf={(kind) => {
              const layerId = tools.layerOfKind.get(kind);
              return layerId && !visible.has(layerId) ? layerId : undefined;
            }}
            onShowLayer={onShowLayer}
            onChange={(filter) => set({ filter })}
          />
        </div>
        <div className="sites-main">
          {!tools.ready ? (
            <p className="sites-none">{t('sites.loading')}</p>
          ) : tools.rows.length === 0 ? (
            <p className="sites-none">{t('sites.none')}</p>
          ) : (
            <section
              className="site-table-wrap"
              ref={tableRef}
              // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard to scroll it
              tabIndex={0}
              aria-label={t('sites.table')}
            >
              <SiteTable
                rows={tools.rows}
                ranking={state.weights !== null}
                sort={tools.sort}
                onSort={(sort) => set({ sort })}
                kinds={tools.measured}
                compare={state.compare}
                onCompare={(compare) => set({ compare })}
                onChoose={(id) => {
                  // Room for the map to show the chosen site.
                  setLarge(false);
                  onChoose(id);
                }}
                currency={tools.currency}
              />
            </section>
          )}
          <p className="sites-note">
            {t('sites.straightLine')} {unmeasuredNote(tools.unmeasured, t)} {t('sites.zoneUnknown')}{' '}
            {tools.unplaced.length > 0 &&
              t('sites.unplaced', { names: tools.unplaced.map((g) => g.name[lang]).join(', ') })}
          </p>
        </div>
      </div>
      <footer className="compare-bar">
        <span>{n >= MAX_COMPARE ? t('compare.full', { n }) : t('compare.hint')}</span>
        <button type="button" className="compare-open" disabled={n < 2} onClick={onCompare}>
          {t('compare.open', { n })}
        </button>
        <button type="button" className="link-button" disabled={n === 0} onClick={() => set({ compare: [] })}>
          {t('compare.clear')}
        </button>
      </footer>
    </section>
  );
}
