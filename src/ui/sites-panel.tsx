import { useEffect, useRef, useState } from 'react';
import type { InvestorTools } from '../app/use-investor-tools';
import { useT } from '../i18n/lang-context';
import type { InvestorState } from '../state/investor';
import { MAX_COMPARE } from '../state/url';
import { RankingControls } from './ranking-controls';
import { SiteFilters } from './site-filters';
import { SiteTable } from './site-table';
import './investor-tools.css';

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
  const { t } = useT();
  const { state, setState } = tools;
  const [large, setLarge] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const set = (patch: Partial<InvestorState>) => setState((s) => ({ ...s, ...patch }));
  const n = state.compare.length;
  return (
    <section className={`sites-panel ${large ? 'is-large' : ''}`} aria-labelledby="sites-title">
      <header className="sites-head">
        <h2 id="sites-title" tabIndex={-1} ref={heading}>
          {t('sites.heading')}
        </h2>
        <p className="sites-count" role="status" aria-live="polite">
          {t('sites.count', { n: tools.filtered.length, total: tools.sites.length })}
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
        <div className="sites-controls">
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
          <RankingControls weights={state.weights} onChange={(weights) => set({ weights, sort: null })} />
        </div>
        <div className="sites-main">
          <p className="sites-note">{t('sites.straightLine')}</p>
          {tools.rows.length === 0 ? (
            <p className="sites-none">{t('sites.none')}</p>
          ) : (
            <div className="site-table-wrap">
              <SiteTable
                rows={tools.rows}
                ranking={state.weights !== null}
                sort={tools.sort}
                onSort={(sort) => set({ sort })}
                compare={state.compare}
                onCompare={(compare) => set({ compare })}
                onChoose={onChoose}
              />
            </div>
          )}
          <p className="sites-note">{t('sites.zoneUnknown')}</p>
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
