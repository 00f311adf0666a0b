import { useEffect, useRef } from 'react';
import type { Site } from '../../analysis/sites';
import type { TargetKind } from '../../analysis/targets';
import type { PlanFeature } from '../../data/plan-check';
import type { Fact, FactKey } from '../../data/plan-schema';
import { usePanelT } from '../../i18n/panel-text';
import { MAX_COMPARE } from '../../state/url';
import { EXPECTED_FIELDS } from '../investor/key-facts';
import { ProximityList } from '../investor/proximity-list';
import { FactValue } from './fact-row';
import { AccuracyNote, PlanBadges } from './plan-badges';
import { SourceList, UnquotedNote } from './source-list';
import { ViText } from './vi-text';
import '../investor/investor-tools.css';

/**
 * Everything known about a plan feature: each expected field with every sourced value (or
 * "unknown"), then any other facts, its location, the accuracy of its geometry and all its sources.
 */
export function DetailPanel({
  feature,
  site,
  kinds,
  compare,
  onCompare,
  onSheet,
  onClose,
}: {
  feature: PlanFeature;
  /** Set when the feature is an investment site: its distances and the comparison picker show. */
  site?: Site;
  /** The distance kinds the data measures (the only ones listed). */
  kinds: readonly TargetKind[];
  compare: readonly string[];
  onCompare: (ids: string[]) => void;
  onSheet: () => void;
  onClose: () => void;
}) {
  const { lang, t } = usePanelT();
  const p = feature.properties;
  const heading = useRef<HTMLHeadingElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: move focus when another feature is shown
  useEffect(() => heading.current?.focus(), [feature.id]);

  const picked = site !== undefined && compare.includes(site.id);
  const expected = EXPECTED_FIELDS[p.kind];
  const byKey = (key: FactKey) => p.facts.filter((f) => f.key === key);
  const others = p.facts.filter((f) => !expected.includes(f.key));
  const otherKeys = [...new Set(others.map((f) => f.key))];

  return (
    <aside className="detail" aria-labelledby="detail-title" data-detail={feature.id} data-covers-map="">
      <header className="detail-head">
        <p className="detail-kicker">{t('detail.heading')}</p>
        <h2 id="detail-title" tabIndex={-1} ref={heading}>
          {p.name[lang]}
        </h2>
        <button type="button" className="detail-close" onClick={onClose} aria-label={t('detail.close')}>
          ×
        </button>
      </header>
      <div className="detail-body">
        <PlanBadges p={p} />
        <div className="detail-actions">
          <button type="button" className="sheet-button" onClick={onSheet}>
            {t('sheet.open')}
          </button>
          {site && (
            <button
              type="button"
              className="compare-toggle"
              aria-pressed={picked}
              disabled={!picked && compare.length >= MAX_COMPARE}
              onClick={() =>
                onCompare(picked ? compare.filter((id) => id !== site.id) : [...compare, site.id])
              }
            >
              {t(picked ? 'compare.remove' : 'compare.add')}
            </button>
          )}
        </div>
        <p className="detail-summary">{p.summary[lang]}</p>
        {p.provisional && p.provisional_note && (
          <p className="provisional-note">{p.provisional_note[lang]}</p>
        )}
        <dl className="detail-facts">
          {expected.map((key) => (
            <FactGroup key={key} label={t(`fact.${key}`)} facts={byKey(key)} unknown={t('detail.unknown')} />
          ))}
          {otherKeys.map((key) => (
            <FactGroup key={key} label={t(`fact.${key}`)} facts={byKey(key)} unknown={t('detail.unknown')} />
          ))}
          <div>
            <dt>{t('detail.location')}</dt>
            <dd>
              <ul className="fact-list">
                <li>
                  {t('detail.pre2025')}:{' '}
                  {p.location_pre2025 ? <ViText text={p.location_pre2025} /> : t('detail.unknown')}
                </li>
                <li>
                  {t('detail.commune2025')}: {p.commune_2025?.join(', ') ?? t('detail.unknown')}
                </li>
              </ul>
            </dd>
          </div>
          <div>
            <dt>{t('detail.phase')}</dt>
            <dd>{t(`phase.${p.phase}`)}</dd>
          </div>
        </dl>
        {site && (
          <>
            <h3 className="detail-subtitle">{t('proximity.heading')}</h3>
            <ProximityList proximity={site.proximity} kinds={kinds} />
          </>
        )}
        <h3 className="detail-subtitle">{t('detail.geometry')}</h3>
        <AccuracyNote p={p} />
        <h3 className="detail-subtitle">{t('detail.allSources')}</h3>
        <SourceList
          refs={[...new Set([...p.sources, ...p.facts.flatMap((f) => f.sources)])]}
          quotes={p.facts.flatMap((f) => f.quotes ?? [])}
        />
        <UnquotedNote reasons={p.facts.map((f) => f.unquoted)} />
      </div>
    </aside>
  );
}

function FactGroup({ label, facts, unknown }: { label: string; facts: Fact[]; unknown: string }) {
  return (
    <div className={facts.length === 0 ? 'is-unknown' : ''}>
      <dt>{label}</dt>
      <dd>
        {facts.length === 0 ? (
          <span className="unknown">{unknown}</span>
        ) : (
          <ul className="fact-list">
            {facts.map((f) => (
              <li key={`${f.key}-${JSON.stringify(f.value)}-${f.sources[0]}`}>
                <FactValue fact={f} />
              </li>
            ))}
          </ul>
        )}
      </dd>
    </div>
  );
}
